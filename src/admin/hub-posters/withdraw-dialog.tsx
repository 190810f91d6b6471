/**
 * Asks before withdrawing: a withdrawn poster leaves every site and cannot be published again. The words
 * say "withdraw", never "found": posters end for many reasons, not all of them happy. The reason asked
 * for is kept for audit only.
 */
import { Button, Modal, Notice, SelectControl } from '@wordpress/components';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { describeFailure, withdrawPoster } from './api';
import { childName } from './poster-fields';
import type { ManagedPoster, WithdrawalReason } from './types';

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
	const [ reason, setReason ] = useState< WithdrawalReason >( 'other' );
	const cancel = useRef< HTMLButtonElement >( null );
	// Cancel first, though the reason comes before it: the safe choice is the one a stray Enter takes.
	useEffect( () => cancel.current?.focus(), [] );

	const confirm = async () => {
		setBusy( true );
		setError( null );
		try {
			await withdrawPoster( poster.id, reason );
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
			focusOnMount={ false }
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
					'It disappears from every site within minutes and cannot be published again. The hub keeps only its id, organisation, date and reason: its details and every photo it had are deleted.',
					'notfound'
				) }
			</p>
			<SelectControl< WithdrawalReason >
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Reason', 'notfound' ) }
				help={ __(
					'Kept for your records only: it is never published, and the poster is deleted either way.',
					'notfound'
				) }
				value={ reason }
				options={ [
					{
						value: 'found',
						label: __( 'The case is closed', 'notfound' ),
					},
					{
						value: 'consent_withdrawn',
						label: __( 'Consent was withdrawn', 'notfound' ),
					},
					{
						value: 'other',
						label: __( 'Another reason', 'notfound' ),
					},
				] }
				onChange={ setReason }
			/>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			<div className="notfound-dialog-actions">
				<Button
					__next40pxDefaultSize
					variant="tertiary"
					ref={ cancel }
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
