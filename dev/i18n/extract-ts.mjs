// Strings of the TypeScript sources, found with the typescript compiler's parser as make-pot finds
// those of JavaScript: @wordpress/i18n calls with literal strings and the notfound domain.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { commentFor, commentText, isTranslatorsComment } from './comments.mjs';
import { DOMAIN, ROOT, scriptFiles } from './sources.mjs';

// The arguments of each function, in order (null: one that is not a string we keep).
const GETTEXT_FUNCTIONS = new Map( [
	[ '__', [ 'msgid', 'domain' ] ],
	[ '_x', [ 'msgid', 'msgctxt', 'domain' ] ],
	[ '_n', [ 'msgid', 'msgid_plural', null, 'domain' ] ],
	[ '_nx', [ 'msgid', 'msgid_plural', null, 'msgctxt', 'domain' ] ],
] );

// The string an expression is: a literal, or literals joined with +; otherwise undefined.
function literal( node ) {
	if ( ! node ) {
		return undefined;
	}
	if (
		ts.isStringLiteral( node ) ||
		ts.isNoSubstitutionTemplateLiteral( node )
	) {
		return node.text;
	}
	if ( ts.isParenthesizedExpression( node ) ) {
		return literal( node.expression );
	}
	if (
		ts.isBinaryExpression( node ) &&
		node.operatorToken.kind === ts.SyntaxKind.PlusToken
	) {
		const left = literal( node.left );
		const right = literal( node.right );
		return left === undefined || right === undefined
			? undefined
			: left + right;
	}
	return undefined;
}

// __() and also i18n.__(): the name the call is made with.
function calledName( call ) {
	const callee = call.expression;
	if ( ts.isIdentifier( callee ) ) {
		return callee.text;
	}
	return ts.isPropertyAccessExpression( callee )
		? callee.name.text
		: undefined;
}

// Every comment of the file in source order. Tokens are visited too (getChildren), so a comment
// alone in a JSX expression container, before its closing brace, is found as well.
function translatorsComments( source ) {
	const seen = new Map();
	const visit = ( node ) => {
		if ( node.kind !== ts.SyntaxKind.JsxText ) {
			for ( const range of ts.getLeadingCommentRanges(
				source.text,
				node.pos
			) ?? [] ) {
				seen.set( range.pos, range );
			}
		}
		node.getChildren( source ).forEach( visit );
	};
	visit( source );
	return [ ...seen.values() ]
		.sort( ( a, b ) => a.pos - b.pos )
		.map( ( range ) => ( {
			text: commentText( source.text.slice( range.pos, range.end ) ),
			end: range.end,
			endLine: source.getLineAndCharacterOfPosition( range.end ).line + 1,
		} ) )
		.filter( ( comment ) => isTranslatorsComment( comment.text ) );
}

function fileEntries( file ) {
	const text = readFileSync( join( ROOT, file ), 'utf8' );
	const kind = file.endsWith( '.tsx' ) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
	const source = ts.createSourceFile(
		file,
		text,
		ts.ScriptTarget.Latest,
		true,
		kind
	);
	const comments = translatorsComments( source );
	const entries = [];
	const visit = ( node ) => {
		const roles =
			ts.isCallExpression( node ) &&
			GETTEXT_FUNCTIONS.get( calledName( node ) );
		if ( roles ) {
			const start = node.getStart( source );
			const line = source.getLineAndCharacterOfPosition( start ).line + 1;
			const entry = {};
			roles.forEach( ( role, index ) => {
				if ( role ) {
					entry[ role ] = literal( node.arguments[ index ] );
				}
			} );
			const { domain, ...strings } = entry;
			if ( domain === DOMAIN ) {
				if ( Object.values( strings ).some( ( value ) => ! value ) ) {
					process.stderr.write(
						`Warning: ${ file }:${ line }: ${ calledName( node ) }() needs literal strings to be translated; skipped.\n`
					);
				} else {
					const comment = commentFor( comments, start, line );
					entries.push( {
						...strings,
						...( comment && { comment } ),
						reference: `${ file }:${ line }`,
					} );
				}
			}
		}
		ts.forEachChild( node, visit );
	};
	visit( source );
	return entries;
}

export const scriptEntries = () => scriptFiles().flatMap( fileEntries );
