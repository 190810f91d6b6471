/**
 * Editor view: a live server render of the posters and the block's settings in the sidebar.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import ServerSideRender from '@wordpress/server-side-render';

import type { PosterCarouselAttributes } from './attributes';
import FieldSettings from './field-settings';
import LayoutSettings from './layout-settings';
import PosterSettings from './poster-settings';
import RotationSettings from './rotation-settings';

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
				<LayoutSettings
					layout={ attributes.layout }
					heading={ attributes.heading }
					onChangeLayout={ ( layout ) => setAttributes( { layout } ) }
					onChangeHeading={ ( heading ) =>
						setAttributes( { heading } )
					}
				/>
				{ attributes.layout === 'single' && (
					<RotationSettings
						autoplay={ attributes.autoplay }
						interval={ attributes.interval }
						onChangeAutoplay={ ( autoplay ) =>
							setAttributes( { autoplay } )
						}
						onChangeInterval={ ( interval ) =>
							setAttributes( { interval } )
						}
					/>
				) }
				<FieldSettings
					hiddenFields={ attributes.hiddenFields }
					onChangeHiddenFields={ ( hiddenFields ) =>
						setAttributes( { hiddenFields } )
					}
				/>
			</InspectorControls>
			<ServerSideRender
				block="notfound/poster-carousel"
				attributes={ attributes }
			/>
		</div>
	);
}
