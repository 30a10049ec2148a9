// Keeps a press on Play made before the page's script has started. On a slow phone the player's
// buttons are on screen (prerendered) a while before they work; without this a tap on Play then
// does nothing at all. Written inline into every page's <head> by src/hooks.server.ts and allowed by
// its hash in the Content-Security-Policy (svelte.config.js). A button that takes early presses
// carries `data-early-press` until the app has started; a press marks it `data-pressed-early`. A
// second press is the same press again: the button still says Play, so the listener, seeing no
// change yet, asks again for the same thing. The app carries out the press once it is ready
// (src/lib/a11y/early-press.ts). It never throws and does nothing else.
(function () {
	document.addEventListener(
		'click',
		function (event) {
			var target = event.target;
			var button = target && target.closest ? target.closest('[data-early-press]') : null;
			if (!button) return;
			button.setAttribute('data-pressed-early', '');
		},
		true
	);
})();
