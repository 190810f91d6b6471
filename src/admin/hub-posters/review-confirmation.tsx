/**
 * What makes a renewal a review: the partner confirms, for this poster, that every field above is
 * still accurate. The hub refuses a renewal without it.
 */
import { CheckboxControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import { controlProps } from '../shared/field-errors';
import { FormSection } from './form-section';
import { formatDate } from './names';
import type { FieldErrors } from './types';

interface ReviewConfirmationProps {
	checked: boolean;
	onChange: ( checked: boolean ) => void;
	errors: FieldErrors;
	/** The day the renewed poster runs until. */
	until: string;
}

export function ReviewConfirmation( {
	checked,
	onChange,
	errors,
	until,
}: ReviewConfirmationProps ) {
	return (
		<FormSection title={ __( 'Renewal', 'notfound' ) }>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __(
					'I reviewed every field of this poster, and it is still accurate and still needed (required)',
					'notfound'
				) }
				checked={ checked }
				onChange={ onChange }
				required
				{ ...controlProps(
					errors,
					'reviewed',
					until
						? sprintf(
								/* translators: %s: a date. */
								__(
									'Once renewed, the poster runs until %s.',
									'notfound'
								),
								formatDate( until )
							)
						: undefined
				) }
			/>
		</FormSection>
	);
}
