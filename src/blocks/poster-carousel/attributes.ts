/**
 * The block's attributes as the editor sees them; block.json is the source of truth.
 */

/** Poster details an editor may leave out; name, hotline and case page always show. */
export const OPTIONAL_FIELDS = [
	'photo',
	'age',
	'missingSince',
	'lastSeen',
	'partner',
	'description',
] as const;

export type OptionalField = ( typeof OPTIONAL_FIELDS )[ number ];

export type Layout = 'single' | 'grid';

// A type alias, not an interface: ServerSideRender takes it as a plain record.
export type PosterCarouselAttributes = {
	count: number;
	layout: Layout;
	autoplay: boolean;
	/** Seconds per poster while rotating. */
	interval: number;
	hiddenFields: OptionalField[];
	/** Empty: "Page not found — neither is …" with the first child's name. */
	heading: string;
};
