/**
 * The hub this site pulls from, and its key: fetched and checked here, pinned by saving.
 */
import {
	Button,
	Notice,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import { verifyHub } from './api';
import { failureMessage } from '../shared/failure';
import { fieldId, fieldProps } from './field-props';
import { Section, type FieldsProps } from './section';
import type { HubVerification } from './types';
import { hubUrlError } from './validate';

interface HubFieldsProps extends FieldsProps {
	/** The key stored in the option, and its fingerprint as the status route gives it. */
	savedKey: string;
	/** The hub address stored in the option: a new address needs its own key. */
	savedHubUrl: string;
	savedKeyId: string | null;
}

type Verification =
	| { state: 'idle' }
	| { state: 'busy' }
	| { state: 'failed'; message: string }
	| { state: 'done'; hubUrl: string; result: HubVerification };

function PinnedKey( {
	values,
	savedKey,
	savedHubUrl,
	savedKeyId,
	verified,
}: Pick<
	HubFieldsProps,
	'values' | 'savedKey' | 'savedKeyId' | 'savedHubUrl'
> & {
	verified?: HubVerification;
} ) {
	if ( values.hub_public_key === '' ) {
		return (
			<p>
				{ __(
					'No key pinned: the site trusts no feed, and shows no posters, until you pin the hub’s key.',
					'notfound'
				) }
			</p>
		);
	}
	if ( values.hub_public_key === savedKey ) {
		return (
			<p>
				{ __( 'Pinned key fingerprint:', 'notfound' ) }{ ' ' }
				<code>{ savedKeyId ?? __( 'unknown', 'notfound' ) }</code>
				{ values.hub_url !== savedHubUrl &&
					` ${ __(
						'It is the previous hub’s key: fetch and verify the new hub’s key, or the site will refuse its feed.',
						'notfound'
					) }` }
			</p>
		);
	}
	return (
		<p>
			{ __( 'Key to pin when you save:', 'notfound' ) }{ ' ' }
			<code>
				{ verified?.public_key === values.hub_public_key
					? verified.key_id
					: __( 'unknown', 'notfound' ) }
			</code>
		</p>
	);
}

function VerificationResult( {
	result,
	pinned,
	onPin,
}: {
	result: HubVerification;
	pinned: boolean;
	onPin: () => void;
} ) {
	const posters = sprintf(
		/* translators: %d: number of posters in the hub's answer. */
		_n(
			'%d poster in its signed answer.',
			'%d posters in its signed answer.',
			result.posters,
			'notfound'
		),
		result.posters
	);
	if ( ! result.signature_valid ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ sprintf(
					/* translators: %s: a key fingerprint. */
					__(
						'The hub offered key %s, but its feed’s signature does not verify with it. Do not pin it; ask the hub’s operator.',
						'notfound'
					),
					result.key_id
				) }
			</Notice>
		);
	}
	// Notice reads its children aloud, so it gets text only; the button follows it.
	return (
		<>
			<Notice status="success" isDismissible={ false }>
				{ `${ sprintf(
					/* translators: %s: a key fingerprint. */
					__(
						'The hub’s key %s verifies its feed’s signature.',
						'notfound'
					),
					result.key_id
				) } ${ posters } ${
					pinned
						? __( 'This is the key the site pins.', 'notfound' )
						: ''
				}` }
			</Notice>
			{ ! pinned && (
				<Button variant="secondary" onClick={ onPin }>
					{ __( 'Use this key', 'notfound' ) }
				</Button>
			) }
		</>
	);
}

export function HubFields( {
	values,
	errors,
	onChange,
	savedKey,
	savedHubUrl,
	savedKeyId,
}: HubFieldsProps ) {
	const [ verification, setVerification ] = useState< Verification >( {
		state: 'idle',
	} );
	const current =
		verification.state === 'done' && verification.hubUrl === values.hub_url
			? verification.result
			: undefined;

	const verify = async () => {
		setVerification( { state: 'busy' } );
		try {
			const result = await verifyHub( values.hub_url );
			setVerification( {
				state: 'done',
				hubUrl: values.hub_url,
				result,
			} );
		} catch ( error ) {
			setVerification( {
				state: 'failed',
				message: failureMessage( error ),
			} );
		}
	};

	return (
		<Section title={ __( 'Hub', 'notfound' ) }>
			<TextControl
				__next40pxDefaultSize
				label={ __( 'Hub address', 'notfound' ) }
				type="url"
				value={ values.hub_url }
				onChange={ ( value ) => onChange( { hub_url: value } ) }
				{ ...fieldProps(
					errors,
					'hub_url',
					__(
						'The NotFound hub whose posters this site shows.',
						'notfound'
					)
				) }
			/>
			<div
				className="notfound-hub-key"
				id={ fieldId( 'hub_public_key' ) }
			>
				<PinnedKey
					values={ values }
					savedKey={ savedKey }
					savedHubUrl={ savedHubUrl }
					savedKeyId={ savedKeyId }
					verified={ current }
				/>
				{ errors.hub_public_key && (
					<p className="notfound-field-error">
						{ errors.hub_public_key }
					</p>
				) }
				<Button
					variant="secondary"
					onClick={ verify }
					isBusy={ verification.state === 'busy' }
					disabled={
						verification.state === 'busy' ||
						!! hubUrlError( values.hub_url )
					}
					accessibleWhenDisabled
				>
					{ __( 'Fetch and verify', 'notfound' ) }
				</Button>
				<div aria-live="polite">
					{ verification.state === 'failed' && (
						<Notice status="error" isDismissible={ false }>
							{ verification.message }
						</Notice>
					) }
					{ current && (
						<VerificationResult
							result={ current }
							pinned={
								current.public_key === values.hub_public_key
							}
							onPin={ () =>
								onChange( {
									hub_public_key: current.public_key,
								} )
							}
						/>
					) }
				</div>
			</div>
			<ToggleControl
				label={ __( 'Hub mode', 'notfound' ) }
				help={ __(
					'Run a hub on this site: partner organisations publish posters here, and display sites pull them. Off for almost every site.',
					'notfound'
				) }
				checked={ values.hub_mode }
				onChange={ ( value ) => onChange( { hub_mode: value } ) }
			/>
		</Section>
	);
}
