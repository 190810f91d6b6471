/**
 * Loads one poster for editing. A withdrawn poster is shown as such: it can no longer change.
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { describeFailure, fetchPoster } from './api';
import { PosterForm } from './poster-form';
import type { AppSettings, ManagedPoster } from './types';

interface PosterEditorProps {
	id: string;
	settings: AppSettings;
	/** Renew it: review every field again and confirm. */
	renew?: boolean;
	onSaved: ( poster: ManagedPoster ) => void;
	onCancel: () => void;
}

export function PosterEditor( {
	id,
	settings,
	renew = false,
	onSaved,
	onCancel,
}: PosterEditorProps ) {
	const [ poster, setPoster ] = useState< ManagedPoster | null >( null );
	const [ error, setError ] = useState< string | null >( null );

	useEffect( () => {
		let current = true;
		fetchPoster( id )
			.then( ( found ) => current && setPoster( found ) )
			.catch(
				( failure ) =>
					current && setError( describeFailure( failure ).message )
			);
		return () => {
			current = false;
		};
	}, [ id ] );

	const back = (
		<Button variant="link" onClick={ onCancel }>
			{ __( 'Back to the posters', 'notfound' ) }
		</Button>
	);
	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ error } { back }
			</Notice>
		);
	}
	if ( ! poster ) {
		return <Spinner />;
	}
	if ( poster.status === 'withdrawn' ) {
		return (
			<Notice status="warning" isDismissible={ false }>
				{ __(
					'This poster is withdrawn and can no longer be edited.',
					'notfound'
				) }{ ' ' }
				{ back }
			</Notice>
		);
	}
	return (
		<PosterForm
			settings={ settings }
			poster={ poster }
			renew={ renew }
			onSaved={ onSaved }
			onCancel={ onCancel }
		/>
	);
}
