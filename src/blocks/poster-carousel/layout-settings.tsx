/**
 * The carousel's shape: one poster at a time or a grid on wide screens, and the heading above it.
 */
import { PanelBody, RadioControl, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import type { Layout } from './attributes';

export interface LayoutSettingsProps {
	layout: Layout;
	heading: string;
	onChangeLayout: ( layout: Layout ) => void;
	onChangeHeading: ( heading: string ) => void;
}

export default function LayoutSettings( {
	layout,
	heading,
	onChangeLayout,
	onChangeHeading,
}: LayoutSettingsProps ) {
	return (
		<PanelBody title={ __( 'Layout', 'notfound' ) }>
			<RadioControl
				label={ __( 'Show', 'notfound' ) }
				selected={ layout }
				options={ [
					{
						label: __( 'One poster at a time', 'notfound' ),
						value: 'single',
					},
					{
						label: __( 'A grid on wide screens', 'notfound' ),
						value: 'grid',
					},
				] }
				onChange={ ( value ) =>
					onChangeLayout( value === 'grid' ? 'grid' : 'single' )
				}
			/>
			<TextControl
				__next40pxDefaultSize
				label={ __( 'Intro heading', 'notfound' ) }
				help={ __(
					'Leave empty for “Page not found — neither is …” with the first child’s name.',
					'notfound'
				) }
				value={ heading }
				onChange={ onChangeHeading }
			/>
		</PanelBody>
	);
}
