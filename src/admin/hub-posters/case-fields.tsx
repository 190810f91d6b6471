/**
 * The case behind the poster: the partner's page, the number to call, how long the poster runs, and for
 * administrators the organisation it is published for.
 */
import { __ } from '@wordpress/i18n';

import { FormSection, type SectionProps } from './form-section';
import { PartnerField } from './partner-field';
import { TextField } from './text-field';

export function CaseFields( {
	today,
	latestExpiry,
	keepsExpiry,
	askPartner,
	...section
}: SectionProps & {
	today: string;
	latestExpiry: string;
	/** Editing: an empty date keeps the current one, and only a renewal runs the poster longer. */
	keepsExpiry: boolean;
	askPartner: boolean;
} ) {
	return (
		<FormSection title={ __( 'Case', 'notfound' ) }>
			{ askPartner && <PartnerField { ...section } /> }
			<TextField
				{ ...section }
				path="case_url"
				name="caseUrl"
				label={ __( 'Case page address (required)', 'notfound' ) }
				hint={ __(
					'The page about this case on your organisation’s site, starting with https://.',
					'notfound'
				) }
				required
				type="url"
			/>
			<div className="notfound-form-row">
				<TextField
					{ ...section }
					path="hotline"
					name="hotline"
					label={ __( 'Hotline', 'notfound' ) }
					hint={ __(
						'Leave empty for your organisation’s hotline, or the country’s (116 000 in the EU).',
						'notfound'
					) }
					type="tel"
				/>
				<TextField
					{ ...section }
					path="expires"
					name="expires"
					label={ __( 'Runs until', 'notfound' ) }
					hint={
						keepsExpiry
							? __(
									'Leave empty to keep the current date. To run the poster longer, renew it.',
									'notfound'
								)
							: __(
									'Leave empty for one year from today, the longest a poster runs.',
									'notfound'
								)
					}
					type="date"
					min={ today }
					max={ latestExpiry }
				/>
			</div>
		</FormSection>
	);
}
