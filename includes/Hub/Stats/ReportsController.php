<?php
/**
 * Where display sites register and send their daily counts.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub\Stats;

use NotFound\Geo\Countries;
use NotFound\Hub\HubPosters;
use NotFound\RestApi;
use NotFound\Settings\Settings;

/**
 * POST /sites registers a site (public: any site may show posters). PUT /sites/<id>/days/<day> replaces that
 * site's counts for the day; it needs the site's token in the X-NotFound-Site-Token header.
 */
final class ReportsController {

	/** Posters × countries one site can report for one day. */
	public const MAX_ROWS = 20000;

	public function __construct(
		private readonly Settings $settings,
		private readonly HubPosters $posters,
		private readonly ReportingSites $sites,
		private readonly HubDisplayCounts $counts
	) {}

	/**
	 * Called on rest_api_init by the composition root, and only on a hub.
	 */
	public function register_routes(): void {
		register_rest_route(
			RestApi::NAMESPACE,
			'/sites',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'register_site' ),
				'permission_callback' => '__return_true', // Any site may show posters and report; the token it gets is what authenticates it later.
				'args'                => array(
					'url' => array(
						'type'      => 'string',
						'format'    => 'uri',
						'pattern'   => '^https?://',
						'maxLength' => 255,
						'required'  => true,
					),
				),
			)
		);
		register_rest_route(
			RestApi::NAMESPACE,
			'/sites/(?P<site_id>\d{1,18})/days/(?P<day>\d{4}-\d{2}-\d{2})',
			array(
				'methods'             => 'PUT',
				'callback'            => array( $this, 'replace_day' ),
				'permission_callback' => array( $this, 'is_the_site' ),
				'args'                => array(
					'counts' => array(
						'type'     => 'array',
						'required' => true,
						'maxItems' => self::MAX_ROWS,
						'items'    => array(
							'type'                 => 'object',
							'additionalProperties' => false,
							'required'             => array( 'poster_id', 'country', 'displays' ),
							'properties'           => array(
								'poster_id' => array(
									'type'      => 'string',
									'minLength' => 1,
									'maxLength' => 64,
								),
								'country'   => array(
									'type'    => 'string',
									'pattern' => '^[A-Z]{2}$',
								),
								'displays'  => array(
									'type'    => 'integer',
									'minimum' => 0,
									'maximum' => 1000000000,
								),
							),
						),
					),
				),
			)
		);
	}

	public function register_site( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$site = $this->sites->register( esc_url_raw( (string) $request['url'] ) );
		if ( null === $site ) {
			return new \WP_Error( 'notfound_too_many_sites', __( 'Too many sites registered in the last hour. Try again later.', 'notfound' ), array( 'status' => 429 ) );
		}
		return new \WP_REST_Response( $site, 201 );
	}

	public function is_the_site( \WP_REST_Request $request ): bool|\WP_Error {
		if ( $this->sites->authenticate( (int) $request['site_id'], (string) $request->get_header( 'x_notfound_site_token' ) ) ) {
			return true;
		}
		return new \WP_Error( 'notfound_site_token', __( 'Unknown site or wrong site token.', 'notfound' ), array( 'status' => 401 ) );
	}

	public function replace_day( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$day    = (string) $request['day'];
		$parsed = \DateTimeImmutable::createFromFormat( '!Y-m-d', $day, new \DateTimeZone( 'UTC' ) );
		$oldest = gmdate( 'Y-m-d', time() - ( $this->settings->all()['retention_days'] - 1 ) * DAY_IN_SECONDS );
		if ( ! $parsed || $parsed->format( 'Y-m-d' ) !== $day || $day > gmdate( 'Y-m-d', time() + DAY_IN_SECONDS ) || $day < $oldest ) {
			/* translators: %s: the oldest day accepted (YYYY-MM-DD). */
			return new \WP_Error( 'notfound_report_day', sprintf( __( 'The day must be a real date between %s and today.', 'notfound' ), $oldest ), array( 'status' => 400 ) );
		}
		$counts = (array) $request['counts'];
		// Withdrawn posters included: their displays before the withdrawal still happened.
		$known   = array_flip( $this->posters->existing_ids( array_values( array_map( static fn( array $row ): string => (string) $row['poster_id'], $counts ) ) ) );
		$rows    = array();
		$ignored = 0;
		foreach ( $counts as $row ) {
			$key = $row['poster_id'] . '|' . $row['country'];
			if ( ! isset( $known[ $row['poster_id'] ] ) || ! self::is_country( (string) $row['country'] ) || isset( $rows[ $key ] ) ) {
				++$ignored; // Not one of this hub's posters (a site that changed hubs), or a repeated row.
				continue;
			}
			$rows[ $key ] = array(
				'poster_id' => (string) $row['poster_id'],
				'country'   => (string) $row['country'],
				'displays'  => (int) $row['displays'],
			);
		}
		$this->counts->replace_day( (int) $request['site_id'], $day, array_values( $rows ) );
		$this->sites->touch( (int) $request['site_id'] );
		return new \WP_REST_Response(
			array(
				'day'     => $day,
				'stored'  => count( $rows ),
				'ignored' => $ignored,
			)
		);
	}

	private static function is_country( string $code ): bool {
		return Countries::UNKNOWN === $code || Countries::is_valid( $code );
	}
}
