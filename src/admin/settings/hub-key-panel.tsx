/**
 * Hub mode: the key pair that signs the feed, and its rotation, which every display site must follow.
 */
import { Button, Modal, Notice } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { fetchHubKey, rotateHubKey } from './api';
import { failureMessage } from '../shared/failure';
import { Section } from './section';
import type { HubKey } from './types';

export function HubKeyPanel() {
	const [ key, setKey ] = useState< HubKey | null >( null );
	const [ loadError, setLoadError ] = useState( '' );
	const [ confirming, setConfirming ] = useState( false );
	const [ rotating, setRotating ] = useState( false );
	const { createErrorNotice, createSuccessNotice } =
		useDispatch( noticesStore );

	useEffect( () => {
		fetchHubKey().then( setKey, ( error ) =>
			setLoadError( failureMessage( error ) )
		);
	}, [] );

	const rotate = async () => {
		setConfirming( false );
		setRotating( true );
		try {
			const rotated = await rotateHubKey();
			setKey( rotated );
			createSuccessNotice(
				sprintf(
					/* translators: %s: a key fingerprint. */
					__(
						'New key %s. Ask every display site to pin it.',
						'notfound'
					),
					rotated.key_id
				),
				{ type: 'snackbar' }
			);
		} catch ( error ) {
			createErrorNotice(
				sprintf(
					/* translators: %s: the reason. */
					__( 'The key was not rotated: %s', 'notfound' ),
					failureMessage( error )
				)
			);
		} finally {
			setRotating( false );
		}
	};

	return (
		<Section title={ __( 'Hub signing key', 'notfound' ) }>
			{ key && (
				<dl className="notfound-status-facts">
					<dt>{ __( 'Fingerprint', 'notfound' ) }</dt>
					<dd>
						<code>{ key.key_id }</code>
					</dd>
					<dt>{ __( 'Public key', 'notfound' ) }</dt>
					<dd>
						<code className="notfound-public-key">
							{ key.public_key }
						</code>
					</dd>
				</dl>
			) }
			{ loadError && (
				<Notice status="error" isDismissible={ false }>
					{ sprintf(
						/* translators: %s: the reason. */
						__( 'The hub’s key could not be read: %s', 'notfound' ),
						loadError
					) }
				</Notice>
			) }
			<div>
				<Button
					variant="secondary"
					isDestructive
					onClick={ () => setConfirming( true ) }
					isBusy={ rotating }
					disabled={ rotating }
					accessibleWhenDisabled
				>
					{ __( 'Rotate key', 'notfound' ) }
				</Button>
			</div>
			{ confirming && (
				<Modal
					title={ __( 'Rotate the hub’s key', 'notfound' ) }
					onRequestClose={ () => setConfirming( false ) }
					// Cancel first: the safe choice is the one a stray Enter takes.
					focusOnMount="firstContentElement"
					size="medium"
				>
					<p>
						{ __(
							'Every display site must then fetch and pin the new key. Until it does, it keeps its last copy and shows no new posters.',
							'notfound'
						) }
					</p>
					<div className="notfound-dialog-actions">
						<Button
							__next40pxDefaultSize
							variant="tertiary"
							onClick={ () => setConfirming( false ) }
						>
							{ __( 'Cancel', 'notfound' ) }
						</Button>
						<Button
							__next40pxDefaultSize
							variant="primary"
							isDestructive
							onClick={ rotate }
						>
							{ __( 'Rotate key', 'notfound' ) }
						</Button>
					</div>
				</Modal>
			) }
		</Section>
	);
}
