/**
 * The block's sidebar controls, kept apart from the editor plumbing so they can be tested alone.
 */
import { PanelBody, RangeControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

export const MAX_POSTERS = 12;

export interface PosterSettingsProps {
	count: number;
	onChangeCount: ( count: number ) => void;
}

export default function PosterSettings( {
	count,
	onChangeCount,
}: PosterSettingsProps ) {
	return (
		<PanelBody title={ __( 'Posters', 'notfound' ) }>
			<RangeControl
				__next40pxDefaultSize
				label={ __( 'Number of posters', 'notfound' ) }
				help={ __(
					'0 uses the number from the NotFound settings.',
					'notfound'
				) }
				min={ 0 }
				max={ MAX_POSTERS }
				value={ count }
				onChange={ ( value ) =>
					onChangeCount(
						Math.min( MAX_POSTERS, Math.max( 0, value ?? 0 ) )
					)
				}
			/>
		</PanelBody>
	);
}
