/**
 * Editor view: a live server render of the posters and the number to show.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import ServerSideRender from '@wordpress/server-side-render';

import PosterSettings from './poster-settings';

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
				<PosterSettings
					count={ attributes.count }
					onChangeCount={ ( count ) => setAttributes( { count } ) }
				/>
			</InspectorControls>
			<ServerSideRender
				block="notfound/poster-carousel"
				attributes={ attributes }
			/>
		</div>
	);
}
