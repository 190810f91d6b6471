<?php
/**
 * Hostile values every input of the plugin must survive.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hostile;

/**
 * Each payload: rejected with a clear error, or stored sanitised and escaped on output.
 */
final class Payloads {

	/**
	 * @return array<string, mixed>
	 */
	public static function all(): array {
		return array(
			'script tag'        => '<script>alert(1)</script>',
			'event handler'     => '"><img src=x onerror=alert(1)>',
			'javascript URL'    => 'javascript:alert(1)',
			'data URL'          => 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
			'SVG with script'   => '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
			'SQL quote'         => "' OR '1'='1' -- ",
			'SQL drop'          => "Robert'); DROP TABLE wp_posts;--",
			'shortcodes'        => '[video src="https://evil.example/clip.mp4"] [gallery ids="1,2"] [caption]x[/caption]',
			'bidi override'     => "\u{202E}gnp.exe",
			'zero-width joiner' => "Ab\u{200D}ena\u{FEFF}",
			'invalid UTF-8'     => "Ab\xC3\x28ena",
			'null byte'         => "Abena\0<script>",
			'path traversal'    => '../../../../etc/passwd',
			'huge string'       => str_repeat( 'A', 200000 ),
			'array'             => array( 'nested' => array( '<script>' ) ),
			'integer'           => 123456789,
			'null'              => null,
		);
	}

	/**
	 * Whether $html carries something a payload could have smuggled in unescaped.
	 */
	public static function is_dangerous( string $html ): bool {
		return 1 === preg_match( '/<script>alert|<svg\\b|<[a-z][^>]*\\son[a-z]+\\s*=|(?:href|src)="\\s*(?:javascript|data):/i', $html );
	}
}
