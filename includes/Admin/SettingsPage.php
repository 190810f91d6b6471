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
		$plugin_dir = plugin_dir_path( \NotFound\PLUGIN_FILE );
		$asset_file = $plugin_dir . self::BUILD . 'index.asset.php';
		if ( ! is_readable( $asset_file ) ) {
			return; // Not built: the page stays empty rather than failing (a release zip always contains the build).
		}
		/** @var array{dependencies: list<non-empty-string>, version: string} $asset */
		$asset    = require $asset_file;
		$base_url = plugins_url( self::BUILD, \NotFound\PLUGIN_FILE );
		wp_enqueue_script( self::HANDLE, $base_url . 'index.js', $asset['dependencies'], $asset['version'], true );
		wp_set_script_translations( self::HANDLE, 'notfound', $plugin_dir . 'languages' );
		wp_add_inline_script( self::HANDLE, 'var notfoundSettingsPage = ' . wp_json_encode( $this->page_data() ) . ';', 'before' );

		$style_dependencies = array( 'wp-components' );
		if ( wp_style_is( self::BLOCK_STYLE, 'registered' ) ) {
			$style_dependencies[] = self::BLOCK_STYLE;
		}
		wp_enqueue_style( self::HANDLE, $base_url . 'index.css', $style_dependencies, $asset['version'] );
		wp_style_add_data( self::HANDLE, 'rtl', 'replace' );
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
			'countries'   => self::country_codes(),
		);
	}

	/**
	 * Every code Countries accepts, so the pickers offer exactly what the rest of the plugin knows.
	 *
	 * @return list<string>
	 */
	private static function country_codes(): array {
		$letters = range( 'A', 'Z' );
		$pairs   = array_merge( ...array_map( static fn( string $first ): array => array_map( static fn( string $second ): string => $first . $second, $letters ), $letters ) );
		return array_values( array_filter( $pairs, array( Countries::class, 'is_valid' ) ) );
	}
}
