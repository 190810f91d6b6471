/**
 * The hub's photo rules, checked in the browser before an upload, so a wrong file is refused at once
 * rather than after the whole poster is sent.
 */
import { __, sprintf } from '@wordpress/i18n';

import type { PhotoRules } from './types';

export interface ImageFacts {
	type: string;
	bytes: number;
	/** Unknown until the image is decoded. */
	width?: number;
	height?: number;
}

export function imageProblem(
	image: ImageFacts,
	rules: PhotoRules
): string | null {
	if ( ! rules.mimeTypes.includes( image.type ) ) {
		return __( 'Only JPEG, PNG or WebP images.', 'notfound' );
	}
	const sizes = sprintf(
		/* translators: 1: smallest side in pixels, 2: largest side in pixels, 3: largest file size in MB. */
		__(
			'Images must be %1$d to %2$d pixels on each side and at most %3$d MB.',
			'notfound'
		),
		rules.minSide,
		rules.maxSide,
		rules.maxBytes / ( 1024 * 1024 )
	);
	if ( image.bytes > rules.maxBytes ) {
		return sizes;
	}
	if ( image.width === undefined || image.height === undefined ) {
		return null;
	}
	const shortest = Math.min( image.width, image.height );
	const longest = Math.max( image.width, image.height );
	return shortest < rules.minSide || longest > rules.maxSide ? sizes : null;
}

/**
 * Checks type and size, then decodes the image for its dimensions.
 * @param file
 * @param rules
 */
export async function checkImage(
	file: File,
	rules: PhotoRules
): Promise< string | null > {
	const facts: ImageFacts = { type: file.type, bytes: file.size };
	const early = imageProblem( facts, rules );
	if ( early ) {
		return early;
	}
	try {
		const bitmap = await createImageBitmap( file );
		const problem = imageProblem(
			{ ...facts, width: bitmap.width, height: bitmap.height },
			rules
		);
		bitmap.close();
		return problem;
	} catch {
		return __( 'This file could not be read as an image.', 'notfound' );
	}
}
