/**
 * Automatic rotation: off unless the editor turns it on, never faster than one poster per 5 seconds.
 */
import { PanelBody, RangeControl, ToggleControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

// WCAG 2.2.2 leaves visitors time to read; view.js enforces the same minimum.
export const MIN_INTERVAL_SECONDS = 5;
export const MAX_INTERVAL_SECONDS = 30;

export interface RotationSettingsProps {
	autoplay: boolean;
	interval: number;
	onChangeAutoplay: ( autoplay: boolean ) => void;
	onChangeInterval: ( interval: number ) => void;
}

export default function RotationSettings( {
	autoplay,
	interval,
	onChangeAutoplay,
	onChangeInterval,
}: RotationSettingsProps ) {
	return (
		<PanelBody title={ __( 'Rotation', 'notfound' ) }>
			<ToggleControl
				label={ __( 'Rotate automatically', 'notfound' ) }
				help={ __(
					'Visitors can stop it; it stops when they hover or focus the posters, and never starts for those who prefer reduced motion.',
					'notfound'
				) }
				checked={ autoplay }
				onChange={ onChangeAutoplay }
			/>
			{ autoplay && (
				<RangeControl
					__next40pxDefaultSize
					label={ __( 'Seconds per poster', 'notfound' ) }
					min={ MIN_INTERVAL_SECONDS }
					max={ MAX_INTERVAL_SECONDS }
					value={ interval }
					onChange={ ( value ) =>
						onChangeInterval(
							Math.min(
								MAX_INTERVAL_SECONDS,
								Math.max(
									MIN_INTERVAL_SECONDS,
									value ?? MIN_INTERVAL_SECONDS
								)
							)
						)
					}
				/>
			) }
		</PanelBody>
	);
}
