// The block editor package ships no type declarations. Only what this project uses is declared here,
// typed as narrowly as the project needs it.
declare module '@wordpress/block-editor' {
	import type { ReactNode } from 'react';

	export function useBlockProps(
		props?: Record< string, unknown >
	): Record< string, unknown >;

	export function InspectorControls( props: {
		children: ReactNode;
	} ): JSX.Element;
}
