import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { harkPwaOptions } from './src/lib/pwa/pwa-options';

export default defineConfig({
	plugins: [sveltekit(), SvelteKitPWA(harkPwaOptions(process.env.HARK_KIT_DIR ?? '.svelte-kit'))],
	// HARK_SOURCEMAP=1 (the benchmark's builds) writes source maps beside the files without pointing
	// to them from the files, so the scripts sent are unchanged and the bench can say what they hold.
	build: { sourcemap: process.env.HARK_SOURCEMAP === '1' ? 'hidden' : false },
	test: {
		expect: { requireAssertions: true },
		// Property tests run hundreds of cases; a loaded 2-core machine must not turn them into timeouts.
		testTimeout: 30_000,
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'client',
					environment: 'happy-dom',
					include: ['src/**/*.svelte.test.ts', 'src/**/*.dom.test.ts'],
					setupFiles: ['./vitest.setup.client.ts']
				},
				resolve: { conditions: ['browser'] }
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'src/**/*.dom.test.ts']
				}
			}
		]
	}
});
