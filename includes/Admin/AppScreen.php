<?php
/**
 * A wp-admin screen of the hub that mounts one React app, built from src/admin/<app>.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Admin;

use NotFound\Settings\Settings;

/**
 * Hub mode only. The subclass adds its menu entry and says what the app needs; what a user may see and
 * change is enforced by the REST routes, the screen only mirrors it.
 */
abstract class AppScreen {

	/**
	 * The screen's hook suffix once the menu is added: enqueue() loads the app on that screen only.
	 *
	 * @var string
	 */
	private string $hook_suffix = '';

	public function __construct( protected readonly Settings $settings ) {}

	/** The app's folder name in src/admin/ and build/admin/. */
	abstract protected function app(): string;

	/**
	 * Adds the menu entry; returns its hook suffix.
	 */
	abstract protected function add_menu_entry(): string;

	/**
	 * What the app needs to know and cannot ask the REST API for.
	 *
	 * @return array<string, mixed>
	 */
	abstract protected function app_settings(): array;

	public function add_hooks(): void {
		add_action( 'admin_menu', array( $this, 'add_menu' ), 10 + $this->menu_order() );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	public function add_menu(): void {
		if ( $this->settings->hub_mode() ) {
			$this->hook_suffix = $this->add_menu_entry();
		}
	}

	public function render(): void {
		?>
		<div class="wrap">
			<?php $this->render_heading(); ?>
			<div id="notfound-<?php echo esc_attr( $this->app() ); ?>" data-settings="<?php echo esc_attr( (string) wp_json_encode( $this->app_settings() ) ); ?>"></div>
		</div>
		<?php
	}

	public function enqueue( string $hook_suffix ): void {
		if ( '' !== $this->hook_suffix && $hook_suffix === $this->hook_suffix ) {
			AppAssets::enqueue( 'notfound-' . $this->app(), 'build/admin/' . $this->app() . '/' );
		}
	}

	/** Submenus come after the menu they belong to. */
	protected function menu_order(): int {
		return 0;
	}

	/** The app renders the heading itself unless the screen prints one. */
	protected function render_heading(): void {}
}
