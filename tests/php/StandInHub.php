<?php
/**
 * Starts and stops the stand-in hub (tests/fixtures/stand-in-hub.php) for a test class.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests;

/**
 * One `php -S` process group on loopback, with its own key and feed files in a temporary folder.
 */
final class StandInHub {

	public readonly string $dir;
	public readonly string $public_key;
	private readonly int $group;

	/**
	 * @param int $port A port of this test run (several test runs share the machine).
	 */
	public function __construct( public readonly int $port ) {
		$this->dir = sys_get_temp_dir() . '/notfound-stand-in-' . getmypid() . '-' . $port;
		wp_mkdir_p( $this->dir );
		$pair             = sodium_crypto_sign_keypair();
		$this->public_key = base64_encode( sodium_crypto_sign_publickey( $pair ) );
		file_put_contents( $this->dir . '/key', base64_encode( sodium_crypto_sign_secretkey( $pair ) ) );
		file_put_contents( $this->dir . '/feed.json', '[]' );
		$command     = sprintf(
			'NOTFOUND_STAND_IN_KEY=%s NOTFOUND_STAND_IN_FEED=%s PHP_CLI_SERVER_WORKERS=3 setsid %s -S 127.0.0.1:%d %s > /dev/null 2>&1 & echo $!',
			escapeshellarg( $this->dir . '/key' ),
			escapeshellarg( $this->dir . '/feed.json' ),
			escapeshellarg( PHP_BINARY ),
			$port,
			escapeshellarg( dirname( __DIR__ ) . '/fixtures/stand-in-hub.php' )
		);
		$this->group = (int) shell_exec( $command );
		for ( $i = 0; $i < 50; $i++ ) {
			if ( @fsockopen( '127.0.0.1', $port ) ) { // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- polling until the server listens.
				break;
			}
			usleep( 100000 );
		}
	}

	/**
	 * @param list<array<string, mixed>> $posters What the stand-in serves.
	 */
	public function write_feed( array $posters ): void {
		file_put_contents( $this->dir . '/feed.json', (string) wp_json_encode( $posters ) );
	}

	public function stop(): void {
		posix_kill( -$this->group, SIGTERM );
		$files = glob( $this->dir . '/*' );
		array_map( 'unlink', false === $files ? array() : $files );
		rmdir( $this->dir );
	}
}
