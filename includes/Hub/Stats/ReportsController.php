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
 * POST /sites registers a site (public: any site may show posters) and issues its token and a challenge.
 * POST /sites/<id>/verification has the hub fetch the challenge from the site's own address (SiteChallenge);
 * only then does the token count. PUT /sites/<id>/days/<day> replaces that site's counts for the day,
 * within Plausibility's limits. Both need the site's token in the X-NotFound-Site-Token header.
 */
final class ReportsController {

	/** Posters × countries one site can report for one day. */
	public const MAX_ROWS = 20000;

	public function __construct(
		private readonly Settings $settings,
		private readonly HubPosters $posters,
		private readonly ReportingSites $sites,
		private readonly HubDisplayCounts $counts,
		private readonly Plausibility $plausibility,
		private readonly SiteChallenge $challenge
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
				'permission_callback' => '__return_true', // Any site may show posters and report; it proves its address before its token counts.
				'args'                => array(
					'url' => array(
						'type'              => 'string',
						'format'            => 'uri',
						'pattern'           => '^https?://',
						'maxLength'         => 255,
						'required'          => true,
						'validate_callback' => array( self::class, 'validate_address' ),
					),
				),
			)
		);
		register_rest_route(
			RestApi::NAMESPACE,
			'/sites/(?P<site_id>\d{1,18})/verification',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'verify_site' ),
				'permission_callback' => array( $this, 'has_the_token' ),
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
									'maximum' => Plausibility::MAX_PER_ROW,
								),
							),
						),
					),
				),
			)
		);
	}

	/**
	 * The schema's checks first, then: HTTPS, or plain HTTP on this machine only.
	 *
	 * @param mixed $value
	 */
	public static function validate_address( mixed $value, \WP_REST_Request $request, string $param ): true|\WP_Error {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid ) {
			return $valid;
		}
		if ( ! SiteChallenge::is_acceptable_address( (string) $value ) ) {
			return new \WP_Error( 'rest_invalid_param', __( 'A site registers with its HTTPS address.', 'notfound' ), array( 'status' => 400 ) );
		}
		return true;
	}

	public function register_site( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$site = $this->sites->register( esc_url_raw( (string) $request['url'] ) );
		if ( null === $site ) {
			return new \WP_Error( 'notfound_too_many_sites', __( 'Too many registrations for this site\'s host in the last hour. Try again later.', 'notfound' ), array( 'status' => 429 ) );
		}
		return new \WP_REST_Response( $site, 201 );
	}

	public function verify_site( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$site_id = (int) $request['site_id'];
		$site    = $this->sites->authenticate( $site_id, self::token( $request ) );
		if ( null !== $site && ! $site['verified'] ) {
			if ( strtotime( $site['registered_gmt'] . ' UTC' ) < time() - ReportingSites::CHALLENGE_LIFETIME ) {
				return new \WP_Error( 'notfound_site_challenge', __( 'The challenge has expired: register again.', 'notfound' ), array( 'status' => 403 ) );
			}
			$proved = $this->challenge->check( $site['url'], $site['challenge_hash'] );
			if ( is_wp_error( $proved ) ) {
				return $proved;
			}
			$this->sites->mark_verified( $site_id );
		}
		return new \WP_REST_Response(
			array(
				'site_id'  => $site_id,
				'verified' => true,
			)
		);
	}

	public function has_the_token( \WP_REST_Request $request ): bool|\WP_Error {
		if ( null !== $this->sites->authenticate( (int) $request['site_id'], self::token( $request ) ) ) {
			return true;
		}
		return new \WP_Error( 'notfound_site_token', __( 'Unknown site or wrong site token.', 'notfound' ), array( 'status' => 401 ) );
	}

	public function is_the_site( \WP_REST_Request $request ): bool|\WP_Error {
		$site = $this->sites->authenticate( (int) $request['site_id'], self::token( $request ) );
		if ( null === $site ) {
			return new \WP_Error( 'notfound_site_token', __( 'Unknown site or wrong site token.', 'notfound' ), array( 'status' => 401 ) );
		}
		if ( ! $site['verified'] ) {
			return new \WP_Error( 'notfound_site_unverified', __( 'This site has not yet proved that it is at its address: complete the verification first.', 'notfound' ), array( 'status' => 403 ) );
		}
		return true;
	}

	private static function token( \WP_REST_Request $request ): string {
		return (string) $request->get_header( 'x_notfound_site_token' );
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
		$rows      = array_values( $rows );
		$plausible = $this->plausibility->check_day( $rows );
		if ( is_wp_error( $plausible ) ) {
			return $plausible;
		}
		$site_id = (int) $request['site_id'];
		$held    = $this->plausibility->is_outlier( $site_id, $day, array_sum( array_column( $rows, 'displays' ) ) );
		$this->counts->replace_day( $site_id, $day, $rows, $held );
		$this->sites->touch( $site_id );
		return new \WP_REST_Response(
			array(
				'day'     => $day,
				'stored'  => count( $rows ),
				'ignored' => $ignored,
				'held'    => $held,
			)
		);
	}

	private static function is_country( string $code ): bool {
		return Countries::UNKNOWN === $code || Countries::is_valid( $code );
	}
}
