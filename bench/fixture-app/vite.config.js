// The bench's floor app: SvelteKit plus @vite-pwa/sveltekit (service worker, manifest, registration),
// as Hark ships them, with nothing of Hark's own.
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';

export default defineConfig({
	logLevel: 'warn',
	// Hidden source maps when the bench asks (HARK_SOURCEMAP=1), as in Hark's own config.
	build: { sourcemap: process.env.HARK_SOURCEMAP === '1' ? 'hidden' : false },
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			injectRegister: false,
			registerType: 'prompt',
			manifest: {
				name: 'Bare',
				short_name: 'Bare',
				start_url: '/',
				display: 'standalone',
				icons: []
			}
		})
	]
});
