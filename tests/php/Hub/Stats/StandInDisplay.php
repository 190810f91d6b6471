<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub\Stats;

/**
 * A display site on this machine (tests/fixtures/stand-in-display.php under `php -S`) that the hub reaches
 * through real HTTP. The hub is allowed to fetch from it, and from nothing else inside the network.
 */
final class StandInDisplay {

	private int $group = 0;
	private string $challenge_file;
	public readonly int $port;

	public function __construct() {
		$this->port           = 30000 + getmypid() % 10000;
		$this->challenge_file = sys_get_temp_dir() . '/notfound-stand-in-display-' . getmypid();
	}

	public function start(): void {
		file_put_contents( $this->challenge_file, '' );
		$this->group = (int) shell_exec(
			sprintf(
				'NOTFOUND_STAND_IN_CHALLENGE=%s PHP_CLI_SERVER_WORKERS=2 setsid %s -S 127.0.0.1:%d %s > /dev/null 2>&1 & echo $!',
				escapeshellarg( $this->challenge_file ),
				escapeshellarg( PHP_BINARY ),
				$this->port,
				escapeshellarg( dirname( __DIR__, 3 ) . '/fixtures/stand-in-display.php' )
			)
		);
		for ( $i = 0; $i < 50; $i++ ) {
			if ( @fsockopen( '127.0.0.1', $this->port ) ) { // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- polling until the server listens.
				break;
			}
			usleep( 100000 );
		}
		add_filter( 'http_request_host_is_external', array( $this, 'allow_localhost' ), 10, 2 );
		add_filter( 'http_allowed_safe_ports', array( $this, 'allow_port' ) );
	}

	public function stop(): void {
		remove_filter( 'http_request_host_is_external', array( $this, 'allow_localhost' ) );
		remove_filter( 'http_allowed_safe_ports', array( $this, 'allow_port' ) );
		posix_kill( -$this->group, SIGTERM );
		unlink( $this->challenge_file );
	}

	/**
	 * The address of the stand-in in one of its modes (serves, wrong, huge).
	 */
	public function url( string $mode ): string {
		return "http://localhost:{$this->port}/{$mode}/";
	}

	/**
	 * What the stand-in serves as its challenge from now on.
	 */
	public function publish( string $challenge ): void {
		file_put_contents( $this->challenge_file, $challenge );
	}

	public function allow_localhost( bool $external, string $host ): bool {
		return 'localhost' === $host || $external;
	}

	/**
	 * @param list<int> $ports
	 * @return list<int>
	 */
	public function allow_port( array $ports ): array {
		return array_merge( $ports, array( $this->port ) );
	}
}
