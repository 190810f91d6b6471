<?php
/**
 * Display statistics for partners (their own posters) and administrators (all), as JSON and CSV.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub\Stats;

use NotFound\Hub\Capabilities;
use NotFound\Hub\HubPosters;
use NotFound\Hub\Partners;
use NotFound\Hub\RawBodyResponse;
use NotFound\RestApi;

/**
 * GET /statistics and /statistics/csv, for a period of at most MAX_DAYS days. A partner always gets its own
 * organisation's posters; an administrator gets all, or one organisation's with `partner`.
 */
final class StatisticsController {

	public const MAX_DAYS = 400;
	private const TOP     = 10;

	public function __construct(
		private readonly HubPosters $posters,
		private readonly Partners $partners,
		private readonly HubDisplayCounts $counts
	) {}

	/**
	 * Called on rest_api_init by the composition root, and only on a hub.
	 */
	public function register_routes(): void {
		$args = array(
			'from'    => array(
				'type'   => 'string',
				'format' => 'date',
			),
			'to'      => array(
				'type'   => 'string',
				'format' => 'date',
			),
			'partner' => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
		);
		foreach ( array(
			'/statistics'     => array( $this, 'statistics' ),
			'/statistics/csv' => array( $this, 'csv' ),
		) as $route => $callback ) {
			register_rest_route(
				RestApi::NAMESPACE,
				$route,
				array(
					'methods'             => \WP_REST_Server::READABLE,
					'callback'            => $callback,
					'permission_callback' => static fn(): bool => current_user_can( Capabilities::MANAGE ),
					'args'                => $args,
				)
			);
		}
	}

	public function statistics( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$scope = $this->scope( $request );
		if ( is_wp_error( $scope ) ) {
			return $scope;
		}
		list( $from, $to, $partner ) = $scope;

		$per_day = array_fill_keys( self::days( $from, $to ), 0 );
		foreach ( $this->counts->sums( $from, $to, $partner, 'day' ) as $row ) {
			$per_day[ $row['day'] ] = (int) $row['displays'];
		}
		$total = $this->counts->sums( $from, $to, $partner, null )[0] ?? array();
		return new \WP_REST_Response(
			array(
				'from'        => $from,
				'to'          => $to,
				'partner'     => $partner,
				'total'       => (int) ( $total['displays'] ?? 0 ),
				'sites'       => (int) ( $total['sites'] ?? 0 ),
				'per_day'     => array_map( static fn( string $day, int $displays ): array => compact( 'day', 'displays' ), array_keys( $per_day ), $per_day ),
				'by_country'  => array_map(
					static fn( array $row ): array => array(
						'country'  => $row['country'],
						'displays' => (int) $row['displays'],
					),
					$this->counts->sums( $from, $to, $partner, 'country' )
				),
				'top_posters' => array_map( array( $this, 'describe' ), $this->counts->sums( $from, $to, $partner, 'poster_id', self::TOP ) ),
			)
		);
	}

	public function csv( \WP_REST_Request $request ): RawBodyResponse|\WP_Error {
		$scope = $this->scope( $request );
		if ( is_wp_error( $scope ) ) {
			return $scope;
		}
		list( $from, $to, $partner ) = $scope;

		$lines = array( 'day,poster_id,country,displays' );
		foreach ( $this->counts->sums( $from, $to, $partner, 'day,poster_id,country' ) as $row ) {
			$lines[] = implode( ',', array( $row['day'], self::cell( $row['poster_id'] ), $row['country'], (int) $row['displays'] ) );
		}
		$response = new RawBodyResponse( implode( "\r\n", $lines ) . "\r\n" );
		$response->header( 'Content-Type', 'text/csv; charset=utf-8' );
		$response->header( 'Content-Disposition', "attachment; filename=\"notfound-displays-{$from}-{$to}.csv\"" );
		return $response;
	}

	/**
	 * The period and organisation asked for, checked against who asks.
	 *
	 * @return array{0: string, 1: string, 2: int|null}|\WP_Error
	 */
	private function scope( \WP_REST_Request $request ): array|\WP_Error {
		$to   = is_string( $request['to'] ) ? $request['to'] : gmdate( 'Y-m-d' );
		$from = is_string( $request['from'] ) ? $request['from'] : gmdate( 'Y-m-d', (int) strtotime( $to . ' -29 days UTC' ) );
		if ( $from > $to || count( self::days( $from, $to ) ) > self::MAX_DAYS ) {
			/* translators: %d: the longest period, in days. */
			return new \WP_Error( 'notfound_statistics_period', sprintf( __( 'Choose a start date before the end date, at most %d days apart.', 'notfound' ), self::MAX_DAYS ), array( 'status' => 400 ) );
		}
		$asked = null === $request['partner'] ? null : (int) $request['partner'];
		if ( current_user_can( 'manage_options' ) ) {
			return array( $from, $to, $asked );
		}
		$own = Capabilities::partner_of( get_current_user_id() );
		if ( null === $own || ( null !== $asked && $asked !== $own ) ) {
			return new \WP_Error( 'rest_forbidden', __( 'You can only see the statistics of your own organisation\'s posters.', 'notfound' ), array( 'status' => 403 ) );
		}
		return array( $from, $to, $own );
	}

	/**
	 * @param array<string, string> $row
	 * @return array{id: string, name: string, partner: string, displays: int}
	 */
	private function describe( array $row ): array {
		$found   = $this->posters->find( $row['poster_id'] );
		$poster  = $found['poster'] ?? array();
		$partner = null === $found ? null : $this->partners->get( $found['partner_id'] );
		$name    = trim( ( is_string( $poster['first_name'] ?? null ) ? $poster['first_name'] : '' ) . ' ' . ( is_string( $poster['last_name'] ?? null ) ? $poster['last_name'] : '' ) );
		return array(
			'id'       => $row['poster_id'],
			// A withdrawn poster's tombstone has no name; its numbers stay.
			'name'     => null !== $found && 'active' !== $found['status'] ? __( 'Withdrawn poster', 'notfound' ) : $name,
			'partner'  => is_array( $partner ) ? (string) $partner['name'] : '',
			'displays' => (int) $row['displays'],
		);
	}

	/**
	 * @return list<string> Every day from $from to $to, both included.
	 */
	private static function days( string $from, string $to ): array {
		$days = array();
		for ( $day = $from, $n = 0; $day <= $to && $n <= self::MAX_DAYS; $day = gmdate( 'Y-m-d', (int) strtotime( $day . ' +1 day UTC' ) ), $n++ ) {
			$days[] = $day;
		}
		return $days;
	}

	/**
	 * A spreadsheet must never read a cell as a formula.
	 */
	private static function cell( string $value ): string {
		return preg_match( '/^[=+\-@\t\r]/', $value ) ? "'" . $value : $value;
	}
}
