/**
 * Who is missing and since when.
 */
import { __ } from '@wordpress/i18n';

import { FormSection, type SectionProps } from './form-section';
import { TextField } from './text-field';

export function ChildFields( {
	today,
	...section
}: SectionProps & { today: string } ) {
	return (
		<FormSection title={ __( 'The child', 'notfound' ) }>
			<div className="notfound-form-row">
				<TextField
					{ ...section }
					path="first_name"
					name="firstName"
					label={ __( 'First name (required)', 'notfound' ) }
					required
					autoComplete="off"
				/>
				<TextField
					{ ...section }
					path="last_name"
					name="lastName"
					label={ __( 'Last name', 'notfound' ) }
					hint={ __(
						'Optional: some families publish the first name only.',
						'notfound'
					) }
					autoComplete="off"
				/>
			</div>
			<div className="notfound-form-row">
				<TextField
					{ ...section }
					path="age_at_disappearance"
					name="ageAtDisappearance"
					label={ __(
						'Age at disappearance (required)',
						'notfound'
					) }
					required
					type="number"
					min={ 0 }
					max={ 25 }
					step={ 1 }
				/>
				<TextField
					{ ...section }
					path="date_of_birth"
					name="dateOfBirth"
					label={ __( 'Date of birth', 'notfound' ) }
					hint={ __(
						'Optional: with it, posters show the age today.',
						'notfound'
					) }
					type="date"
					max={ today }
				/>
				<TextField
					{ ...section }
					path="missing_since"
					name="missingSince"
					label={ __( 'Missing since (required)', 'notfound' ) }
					required
					type="date"
					max={ today }
				/>
			</div>
		</FormSection>
	);
}
