/**
 * Editor view: a live server render of the posters and the number to show.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody, RangeControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';

// A type alias, not an interface: ServerSideRender takes it as a plain record.
export type PosterCarouselAttributes = {
	count: number;
};

export default function Edit( {
	attributes,
	setAttributes,
}: Pick<
	BlockEditProps< PosterCarouselAttributes >,
	'attributes' | 'setAttributes'
> ) {
	return (
		<div { ...useBlockProps() }>
			<InspectorControls>
				<PanelBody title={ __( 'Posters', 'notfound' ) }>
					<RangeControl
						__next40pxDefaultSize
						label={ __( 'Number of posters', 'notfound' ) }
						help={ __(
							'0 uses the number from the NotFound settings.',
							'notfound'
						) }
						min={ 0 }
						max={ 12 }
						value={ attributes.count }
						onChange={ ( count ) =>
							setAttributes( { count: count ?? 0 } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<ServerSideRender
				block="notfound/poster-carousel"
				attributes={ attributes }
			/>
		</div>
	);
}
