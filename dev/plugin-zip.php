<?php
/**
 * Writes the plugin directory's zip: one folder, notfound/, with only what WordPress runs. An allow-list,
 * not package.json "files": wp-scripts plugin-zip always adds package.json and README.md.
 * Usage: php dev/plugin-zip.php OUT.zip (through dev/plugin-zip.sh, which builds first when needed).
 *
 * @package NotFound
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput -- a command-line tool; WordPress is not loaded.

$notfound_root = dirname( __DIR__ );
$notfound_out  = $argv[1] ?? $notfound_root . '/notfound.zip';

/**
 * Whether a path (relative to the repository) belongs in the zip.
 */
function notfound_zip_wants( string $path ): bool {
	if ( in_array( $path, array( 'notfound.php', 'uninstall.php', 'README.txt' ), true ) ) {
		return true;
	}
	if ( preg_match( '#(^|/)\.#', $path ) ) {
		return false; // Dot files and folders, anywhere.
	}
	return (bool) preg_match( '#^includes/.+\.php$#', $path )
		|| (bool) preg_match( '#^templates/.+\.php$#', $path )
		|| ( str_starts_with( $path, 'build/' ) && ! str_ends_with( $path, '.map' ) )
		|| (bool) preg_match( '#^languages/[^/]+\.(pot|po|mo|json|l10n\.php)$#', $path )
		// The readable sources of build/ (the directory's guideline 4), without their tests.
		|| ( (bool) preg_match( '#^src/.+\.(ts|tsx|scss|css|json|php)$#', $path ) && ! preg_match( '#\.test\.tsx?$#', $path ) );
}

if ( ! is_file( $notfound_root . '/build/blocks-manifest.php' ) ) {
	fwrite( STDERR, "build/ is missing: run `npm run build` (or `npm run plugin-zip`, which builds).\n" );
	exit( 1 );
}

$notfound_files = array();
foreach ( array( 'notfound.php', 'uninstall.php', 'README.txt', 'includes', 'templates', 'build', 'languages', 'src' ) as $notfound_top ) {
	$notfound_path = $notfound_root . '/' . $notfound_top;
	if ( is_file( $notfound_path ) ) {
		$notfound_files[] = $notfound_top;
	} elseif ( is_dir( $notfound_path ) ) {
		$notfound_iterator = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $notfound_path, FilesystemIterator::SKIP_DOTS ) );
		foreach ( $notfound_iterator as $notfound_file ) {
			if ( $notfound_file->isFile() ) {
				$notfound_files[] = substr( $notfound_file->getPathname(), strlen( $notfound_root ) + 1 );
			}
		}
	}
}
$notfound_files = array_values( array_filter( $notfound_files, 'notfound_zip_wants' ) );
sort( $notfound_files );

$notfound_tmp = $notfound_out . '.tmp';
$notfound_zip = new ZipArchive();
if ( true !== $notfound_zip->open( $notfound_tmp, ZipArchive::CREATE | ZipArchive::OVERWRITE ) ) {
	fwrite( STDERR, "Cannot write {$notfound_tmp}.\n" );
	exit( 1 );
}
foreach ( $notfound_files as $notfound_file ) {
	$notfound_zip->addFile( $notfound_root . '/' . $notfound_file, 'notfound/' . $notfound_file );
}
$notfound_zip->close();
rename( $notfound_tmp, $notfound_out );
printf( "%s: %d files\n", $notfound_out, count( $notfound_files ) );
