// Keeps a press on a button that starts listening (Play, or a Listen button beside a heading) made
// before the page's script has started. On a slow phone these buttons are on screen (prerendered) a
// while before they work; without this such a tap does nothing at all. Written inline into every
// page's <head> by src/hooks.server.ts and allowed by its hash in the Content-Security-Policy
// (svelte.config.js). A button that takes early presses carries `data-early-press`; until the app has
// started (it marks <html> `data-hydrated`), a press marks it `data-pressed-early`. Only the latest
// press is kept: a press on another such button takes the mark from the one pressed before. A second
// press on the same button is the same press again: the button still says Play, so the listener,
// seeing no change yet, asks again for the same thing. The app carries out the press once it is
// ready (src/lib/a11y/early-press.ts). It never throws and does nothing else.
(function () {
	var mark = 'data-pressed-early';
	document.addEventListener(
		'click',
		function (event) {
			if (document.documentElement.hasAttribute('data-hydrated')) return;
			var target = event.target;
			var button = target && target.closest ? target.closest('[data-early-press]') : null;
			if (!button) return;
			var earlier = document.querySelectorAll('[' + mark + ']');
			for (var i = 0; i < earlier.length; i++) earlier[i].removeAttribute(mark);
			button.setAttribute(mark, '');
		},
		true
	);
})();
