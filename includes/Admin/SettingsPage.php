<?php
/**
 * Settings → NotFound: the screen where an administrator configures the plugin.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Admin;

use NotFound\Geo\CountryDatabase;
use NotFound\Geo\Countries;
use NotFound\Settings\Settings;

/**
 * An options page that mounts the React app built from src/admin/settings. The app reads and saves the
 * option through core's /wp/v2/settings and the plugin's notfound/v1 routes, which check the capability
 * themselves; the page only mirrors them.
 */
final class SettingsPage {

	public const SLUG        = 'notfound';
	private const HANDLE     = 'notfound-settings';
	private const BUILD      = 'build/admin/settings/';
	private const ROOT_ID    = 'notfound-settings';
	private const CAPABILITY = 'manage_options';

	/** The poster block's stylesheet, so the live preview looks as it does on the 404 page. */
	private const BLOCK_STYLE = 'notfound-poster-carousel-style';

	private string $hook_suffix = '';

	public function __construct( private readonly Settings $settings ) {}

	public function add_hooks(): void {
		add_action( 'admin_menu', array( $this, 'add_menu' ) );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	public function add_menu(): void {
		$hook_suffix       = add_options_page(
			__( 'NotFound settings', 'notfound' ),
			__( 'NotFound', 'notfound' ),
			self::CAPABILITY,
			self::SLUG,
			array( $this, 'render' )
		);
		$this->hook_suffix = is_string( $hook_suffix ) ? $hook_suffix : '';
	}

	public function render(): void {
		// The app renders the heading and everything below it.
		?>
		<div class="wrap">
			<div id="<?php echo esc_attr( self::ROOT_ID ); ?>"></div>
		</div>
		<?php
	}

	public function enqueue( string $hook_suffix ): void {
		if ( '' === $this->hook_suffix || $hook_suffix !== $this->hook_suffix ) {
			return;
		}
		$block_style = wp_style_is( self::BLOCK_STYLE, 'registered' ) ? array( self::BLOCK_STYLE ) : array();
		if ( AppAssets::enqueue( self::HANDLE, self::BUILD, $block_style ) ) {
			wp_add_inline_script( self::HANDLE, 'var notfoundSettingsPage = ' . wp_json_encode( $this->page_data() ) . ';', 'before' );
		}
	}

	/**
	 * What the app needs to know and cannot ask the REST API for.
	 *
	 * @return array{attribution: string, hubMode: bool, siteLocale: string, adminLocale: string, countries: list<string>}
	 */
	private function page_data(): array {
		return array(
			'attribution' => CountryDatabase::ATTRIBUTION,
			'hubMode'     => $this->settings->hub_mode(),
			'siteLocale'  => get_locale(),
			'adminLocale' => get_user_locale(),
			'countries'   => Countries::codes(),
		);
	}
}
