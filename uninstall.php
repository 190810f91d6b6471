<?php
/**
 * Runs when an administrator deletes NotFound: removes its options, tables, cached photos, cron events
 * and role, on every site of a network.
 *
 * @package NotFound
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/autoload.php';

NotFound\Uninstaller::uninstall();
