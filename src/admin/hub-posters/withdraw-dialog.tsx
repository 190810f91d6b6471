/**
 * Asks before withdrawing: a withdrawn poster leaves every site and cannot be published again. The words
 * say "withdraw", never "found": posters end for many reasons, not all of them happy.
 */
import { Button, Modal, Notice } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { describeFailure, withdrawPoster } from './api';
import { childName } from './poster-fields';
import type { ManagedPoster } from './types';

interface WithdrawDialogProps {
	poster: ManagedPoster;
	onClose: () => void;
	onWithdrawn: ( poster: ManagedPoster ) => void;
}

export function WithdrawDialog( {
	poster,
	onClose,
	onWithdrawn,
}: WithdrawDialogProps ) {
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< string | null >( null );

	const confirm = async () => {
		setBusy( true );
		setError( null );
		try {
			await withdrawPoster( poster.id );
			onWithdrawn( poster );
		} catch ( failure ) {
			setError( describeFailure( failure ).message );
			setBusy( false );
		}
	};

	return (
		<Modal
			title={ __( 'Withdraw poster', 'notfound' ) }
			onRequestClose={ onClose }
			// Cancel first: the safe choice is the one a stray Enter takes.
			focusOnMount="firstContentElement"
			size="medium"
		>
			<p>
				{ sprintf(
					/* translators: %s: the child's name. */
					__( 'Withdraw the poster of %s?', 'notfound' ),
					childName( poster )
				) }
			</p>
			<p>
				{ __(
					'It disappears from every site within minutes and cannot be published again.',
					'notfound'
				) }
			</p>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			<div className="notfound-dialog-actions">
				<Button
					__next40pxDefaultSize
					variant="tertiary"
					onClick={ onClose }
				>
					{ __( 'Cancel', 'notfound' ) }
				</Button>
				<Button
					__next40pxDefaultSize
					variant="primary"
					isDestructive
					isBusy={ busy }
					accessibleWhenDisabled
					disabled={ busy }
					onClick={ confirm }
				>
					{ __( 'Withdraw poster', 'notfound' ) }
				</Button>
			</div>
		</Modal>
	);
}
