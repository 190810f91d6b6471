<?php
/**
 * The hub's "Posters" screen in wp-admin, where partner organisations manage their posters.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Admin;

use NotFound\Geo\Countries;
use NotFound\Hub\Capabilities;
use NotFound\Hub\PosterPhotos;
use NotFound\Settings\Settings;

/**
 * A top-level menu page that mounts the React app built from src/admin/hub-posters. Hub mode only; what a
 * user may see and change is enforced by the REST routes, the screen only mirrors it.
 */
final class HubPostersPage {

	public const SLUG     = 'notfound-hub-posters';
	private const HANDLE  = 'notfound-hub-posters';
	private const BUILD   = 'build/admin/hub-posters/';
	private const ROOT_ID = 'notfound-hub-posters';

	/** In the admin menu, right after Comments. */
	private const POSITION = 26;

	/**
	 * The screen's hook suffix once the menu is added: enqueue() loads the app on that screen only.
	 *
	 * @var string
	 */
	private string $hook_suffix = '';

	public function __construct( private readonly Settings $settings ) {}

	public function add_hooks(): void {
		add_action( 'admin_menu', array( $this, 'add_menu' ) );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	public function add_menu(): void {
		if ( ! $this->settings->hub_mode() ) {
			return;
		}
		$this->hook_suffix = add_menu_page(
			__( 'Posters', 'notfound' ),
			__( 'Posters', 'notfound' ),
			Capabilities::MANAGE,
			self::SLUG,
			array( $this, 'render' ),
			'dashicons-id-alt',
			self::POSITION
		);
	}

	public function render(): void {
		// The app renders the heading too: it changes with the screen (list, add, edit).
		?>
		<div class="wrap">
			<div id="<?php echo esc_attr( self::ROOT_ID ); ?>" data-settings="<?php echo esc_attr( (string) wp_json_encode( $this->app_settings() ) ); ?>"></div>
		</div>
		<?php
	}

	public function enqueue( string $hook_suffix ): void {
		if ( '' === $this->hook_suffix || $hook_suffix !== $this->hook_suffix ) {
			return;
		}
		AppAssets::enqueue( self::HANDLE, self::BUILD );
	}

	/**
	 * What the app needs to know and cannot ask the REST API for.
	 *
	 * @return array{isAdmin: bool, partnerId: int|null, countries: list<string>, photo: array{mimeTypes: list<string>, minSide: int, maxSide: int, maxBytes: int}}
	 */
	private function app_settings(): array {
		return array(
			'isAdmin'   => current_user_can( 'manage_options' ),
			'partnerId' => Capabilities::partner_of( get_current_user_id() ),
			'countries' => Countries::codes(),
			'photo'     => array(
				'mimeTypes' => PosterPhotos::MIME_TYPES,
				'minSide'   => PosterPhotos::MIN_SIDE,
				'maxSide'   => PosterPhotos::MAX_SIDE,
				'maxBytes'  => PosterPhotos::MAX_BYTES,
			),
		);
	}
}
