// translators: comments, as make-pot reads them: markers removed, lines joined, and the comment
// belonging to the calls on the line it ends on and on the next line.

export function commentText( comment ) {
	return comment
		.trim()
		.replace( /^(\/\/|#|\/\*+)|\*+\/$/g, '' )
		.split( '\n' )
		.map( ( line ) => line.trim().replace( /^\*+/, '' ).trim() )
		.filter( Boolean )
		.join( ' ' );
}

export const isTranslatorsComment = ( text ) => /^translators:/i.test( text );

/**
 * @param {{text: string, end: number, endLine: number}[]} comments In source order.
 * @param {number}                                         start    The call's position.
 * @param {number}                                         line     The call's line.
 */
export function commentFor( comments, start, line ) {
	const before = comments.filter( ( comment ) => comment.end <= start );
	const last = before[ before.length - 1 ];
	return last && line - last.endLine <= 1 ? last.text : undefined;
}
