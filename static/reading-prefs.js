// Applies the reader's comfort settings to <html> before first paint, so a dark theme or large text
// never flashes in late. Written inline into every page's <head> by src/hooks.server.ts and allowed
// by its hash in the Content-Security-Policy (svelte.config.js). It repeats, in plain JavaScript,
// the rules of src/lib/settings/reading.ts (normalizeReadingPrefs and rootPresentation); a unit
// test keeps the two in step. It reads only the localStorage mirror and never throws. Without a
// mirror (or with a damaged one) it shows the defaults, so the app finds <html> as it would set
// it: changing anything there later makes the browser recompute the style of every element.
(function () {
	var root = document.documentElement;
	var prefs;
	try {
		prefs = JSON.parse(localStorage.getItem('hark.reading') || 'null');
	} catch {
		prefs = null;
	}
	if (!prefs || typeof prefs !== 'object') prefs = {};
	function clamp(value, min, max, step, fallback) {
		var n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
		if (typeof n !== 'number' || !isFinite(n)) return fallback;
		n = Math.min(max, Math.max(min, n));
		n = min + Math.round((n - min) / step) * step;
		return Math.min(max, Math.round(n * 1000) / 1000);
	}
	function oneOf(choices, value, fallback) {
		return choices.indexOf(value) >= 0 ? value : fallback;
	}
	function set(name, value) {
		if (value === null) root.removeAttribute(name);
		else root.setAttribute(name, value);
	}
	var theme = oneOf(['system', 'light', 'dark', 'contrast'], prefs.theme, 'system');
	set('data-theme', theme === 'system' ? null : theme);
	set('data-typeface', oneOf(['serif', 'sans', 'atkinson'], prefs.typeface, 'serif'));
	set('data-highlight', oneOf(['marker', 'underline', 'inverse'], prefs.highlight, 'marker'));
	set('data-reduce-motion', prefs.reduceMotion === true ? 'true' : null);
	root.style.setProperty('--text-scale', String(clamp(prefs.textScale, 1, 2, 0.1, 1)));
	root.style.setProperty('--line-height', String(clamp(prefs.lineHeight, 1.4, 2.4, 0.1, 1.6)));
	root.style.setProperty('--measure', clamp(prefs.measure, 28, 64, 1, 38) + 'rem');
})();
