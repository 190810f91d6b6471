/**
 * A form's primary button: busy and unclickable while the request runs, yet still focusable and
 * announced, so keyboard users keep their place.
 */
import { Button } from '@wordpress/components';
import type { ReactNode } from 'react';

export function SubmitButton( {
	busy,
	children,
}: {
	busy: boolean;
	children: ReactNode;
} ) {
	return (
		<Button
			variant="primary"
			type="submit"
			isBusy={ busy }
			disabled={ busy }
			accessibleWhenDisabled
		>
			{ children }
		</Button>
	);
}
