<?php
/**
 * Partner organisations over REST: partners read their own, administrators read and write all.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\RestApi;

/**
 * GET and POST notfound/v1/partners. A POST with an existing slug updates that partner.
 */
final class PartnersController {

	public function __construct(
		private readonly Partners $partners
	) {}

	/**
	 * Called on rest_api_init by the composition root, and only on a hub.
	 */
	public function register_routes(): void {
		register_rest_route(
			RestApi::NAMESPACE,
			'/partners',
			array(
				array(
					'methods'             => \WP_REST_Server::READABLE,
					'callback'            => array( $this, 'list_partners' ),
					'permission_callback' => static fn(): bool => current_user_can( Capabilities::MANAGE ),
				),
				array(
					'methods'             => \WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'save_partner' ),
					'permission_callback' => static fn(): bool => current_user_can( 'manage_options' ),
					'args'                => self::schema(),
				),
			)
		);
	}

	/**
	 * @return array<string, array<string, mixed>>
	 */
	private static function schema(): array {
		return array(
			'slug'       => array(
				'type'     => 'string',
				'pattern'  => '^[a-z0-9][a-z0-9-]{1,63}$',
				'required' => true,
			),
			'name'       => array(
				'type'      => 'string',
				'minLength' => 1,
				'maxLength' => 191,
				'required'  => true,
			),
			'countries'  => array(
				'type'     => 'array',
				'items'    => array(
					'type'    => 'string',
					'pattern' => '^[A-Z]{2}$',
				),
				'minItems' => 1,
				'required' => true,
			),
			'hotline'    => array(
				'type'    => 'string',
				'pattern' => '^\+?[0-9][0-9 ]{1,18}[0-9]$',
				'default' => '116 000',
			),
			'website'    => array(
				'type'     => 'string',
				'format'   => 'uri',
				'pattern'  => '^https?://',
				'required' => true,
			),
			'contact'    => array(
				'type'     => 'string',
				'format'   => 'email',
				'required' => true,
			),
			'import_url' => array(
				'type'              => 'string',
				'default'           => '',
				'validate_callback' => array( self::class, 'validate_import_url' ),
			),
			'quota'      => array(
				'type'        => 'integer',
				'description' => __( 'How many active posters the organisation may have. Left out: 100 for a new partner, unchanged for an existing one.', 'notfound' ),
				'minimum'     => 0,
				'maximum'     => Partners::MAX_QUOTA,
			),
		);
	}

	/**
	 * Empty (no import) or an https address: the hub signs what the feed says.
	 */
	public static function validate_import_url( mixed $value ): bool|\WP_Error {
		if ( '' === $value || ( is_string( $value ) && ImportUrl::is_allowed( $value ) ) ) {
			return true;
		}
		return new \WP_Error( 'rest_invalid_param', __( 'The import address must start with https://: the hub signs what the feed says.', 'notfound' ), array( 'status' => 400 ) );
	}

	public function list_partners(): \WP_REST_Response {
		if ( current_user_can( 'manage_options' ) ) {
			return new \WP_REST_Response( $this->partners->all() );
		}
		$own = $this->partners->get( (int) Capabilities::partner_of( get_current_user_id() ) );
		return new \WP_REST_Response( null === $own ? array() : array( $own ) );
	}

	public function save_partner( \WP_REST_Request $request ): \WP_REST_Response {
		$partner = array(
			'slug'       => (string) $request['slug'],
			'name'       => (string) $request['name'],
			'countries'  => array_values( array_map( 'strval', (array) $request['countries'] ) ),
			'hotline'    => (string) $request['hotline'],
			'website'    => (string) $request['website'],
			'contact'    => (string) $request['contact'],
			'import_url' => (string) $request['import_url'],
		);
		if ( null !== $request['quota'] ) {
			$partner['quota'] = (int) $request['quota'];
		}
		$id = $this->partners->save( $partner );
		return new \WP_REST_Response( $this->partners->get( $id ), 200 );
	}
}
