/**
 * How @vite-pwa/sveltekit builds Hark's service worker and web app manifest (read by vite.config.ts
 * at build time; nothing here runs in the browser).
 *
 * Strategy: injectManifest. `src/service-worker.ts` is Hark's own worker built from Workbox modules;
 * the plugin injects the precache list into it. (generateSW cannot answer unknown URLs with the 404
 * page and a 404 status, and cannot take the Web Share Target POST that the import feature needs.)
 * The precache holds the app shell, every prerendered page with the JSON its `load` reads, the scripts,
 * styles and icons; the generated screenshots are left out (only the install sheet wants them, online).
 * Icons come from `scripts/icons.js` (run by `npm run build`) in static/generated/.
 */
import type { SvelteKitPWAOptions } from '@vite-pwa/sveltekit';

/** Hark's colours for the browser's chrome and the splash screen (the light theme's page colour). */
export const themeColors = {
	/** Light theme page background (app.css `--page`). */
	light: '#fdfcf9',
	/** Dark theme page background (app.css `--page` in dark mode). */
	dark: '#151515',
	/** High-contrast theme page background. */
	contrast: '#000000'
} as const;

/** The Apple touch icon, linked from the layout (iOS ignores the manifest's icons). */
export const appleTouchIcon = '/generated/apple-touch-icon-180x180.png';
/** The 48 px favicon.ico for browsers that take no SVG favicon. */
export const faviconIco = '/generated/favicon.ico';

const icon = (src: string, size: number, purpose: 'any' | 'maskable' = 'any') => ({
	src,
	sizes: `${size}x${size}`,
	type: 'image/png',
	purpose
});

/** The options for SvelteKitPWA; `kitOutDir` is SvelteKit's outDir (per-build, see HARK_KIT_DIR). */
export function harkPwaOptions(kitOutDir: string): Partial<SvelteKitPWAOptions> {
	return {
		strategies: 'injectManifest',
		srcDir: 'src',
		filename: 'service-worker.ts',
		// Registration is Hark's own (src/lib/pwa/register.ts, through virtual:pwa-register).
		injectRegister: false,
		registerType: 'prompt',
		outDir: `${kitOutDir}/output`,
		kit: { outDir: kitOutDir, trailingSlash: 'never' },
		injectManifest: {
			globPatterns: [
				'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest}',
				'prerendered/**/*.{html,json}'
			],
			globIgnores: ['server/**', 'client/screenshots/**'],
			// The seed article's page is large; every prerendered page must fit.
			maximumFileSizeToCacheInBytes: 8 * 1024 * 1024
		},
		manifest: {
			id: '/',
			name: 'Hark',
			short_name: 'Hark',
			description:
				'An accessible, audio-first article reader: listen to articles sentence by sentence, skip by section, and keep them on your device — online or offline.',
			lang: 'en',
			dir: 'ltr',
			start_url: '/',
			scope: '/',
			display: 'standalone',
			orientation: 'any',
			theme_color: themeColors.light,
			background_color: themeColors.light,
			categories: ['books', 'education', 'news'],
			icons: [
				icon('/generated/pwa-64x64.png', 64),
				icon('/generated/pwa-192x192.png', 192),
				icon('/generated/pwa-512x512.png', 512),
				icon('/generated/maskable-icon-512x512.png', 512, 'maskable')
			],
			screenshots: [
				{
					src: '/screenshots/narrow.png',
					sizes: '540x1200',
					type: 'image/png',
					form_factor: 'narrow',
					label: 'An article in Hark on a phone, with its contents and player'
				},
				{
					src: '/screenshots/wide.png',
					sizes: '1280x800',
					type: 'image/png',
					form_factor: 'wide',
					label: 'An article in Hark on a laptop'
				}
			],
			// Sharing text from another app opens the add page with it filled in (GET: no server needed).
			share_target: {
				action: '/add',
				method: 'GET',
				enctype: 'application/x-www-form-urlencoded',
				params: { title: 'title', text: 'text', url: 'url' }
			},
			shortcuts: [
				{
					name: 'Continue listening',
					short_name: 'Continue',
					description: 'Go back to the article you were listening to, where you left off',
					url: '/continue',
					icons: [{ src: '/generated/pwa-192x192.png', sizes: '192x192', type: 'image/png' }]
				}
			]
		}
	};
}
