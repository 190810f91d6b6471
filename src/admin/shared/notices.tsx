/**
 * The screen's notices from the core/notices store: inline ones above the content, snackbars at the
 * bottom. Both components announce their messages to screen readers.
 */
import { NoticeList, SnackbarList } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';

export function Notices() {
	const notices = useSelect(
		( select ) => select( noticesStore ).getNotices(),
		[]
	);
	const { removeNotice } = useDispatch( noticesStore );
	return (
		<>
			<NoticeList
				className="notfound-notices"
				notices={ notices.filter(
					( { type } ) => type !== 'snackbar'
				) }
				onRemove={ removeNotice }
			/>
			<SnackbarList
				className="notfound-snackbars"
				notices={ notices.filter(
					( { type } ) => type === 'snackbar'
				) }
				onRemove={ removeNotice }
			/>
		</>
	);
}
