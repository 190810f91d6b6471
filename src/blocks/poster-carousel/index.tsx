/**
 * Registers the poster carousel in the editor; the front end is rendered by render.php.
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';

import metadata from './block.json';
import type { PosterCarouselAttributes } from './attributes';
import Edit from './edit';
import './style.css';

// TypeScript reads block.json's values as plain strings; WordPress validates the metadata itself.
const blockType =
	metadata as unknown as BlockConfiguration< PosterCarouselAttributes >;

registerBlockType( blockType, {
	edit: Edit,
	save: () => null,
} );
