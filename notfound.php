<?php
/**
 * Plugin Name:       NotFound
 * Description:       Turns your site's 404 page into posters of missing children, nearest to the visitor first.
 * Version:           0.1.0
 * Requires at least: 6.8
 * Requires PHP:      8.1
 * Author:            NotFound contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       notfound
 * Domain Path:       /languages
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound;

defined( 'ABSPATH' ) || exit;

const VERSION     = '0.1.0';
const PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/autoload.php';

register_activation_hook( __FILE__, array( Activation::class, 'activate' ) );
register_deactivation_hook( __FILE__, array( Activation::class, 'deactivate' ) );

Plugin::instance()->add_hooks();
