<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Geo;

/**
 * Writes a tiny IPv4 MaxMind DB byte by byte, so the reader can be tested on every data type, pointer
 * form and record size, which the real country database does not all use.
 *
 * Tree: 0.0.0.0/2 → the record of every type, 64.0.0.0/2 → nothing, 128.0.0.0/1 → { country_code: FR }.
 */
final class MmdbFixture {

	public const PADDING_SHORT = 3000;
	public const PADDING_LONG  = 530000;

	/**
	 * @param int  $record_size 24, 28 or 32.
	 * @param bool $loop        Make the first record a map whose value points back at the map.
	 */
	public static function write( string $path, int $record_size = 24, bool $loop = false ): void {
		$node_count = 2;
		// Shared values first, so pointers of each length can reach them.
		$data  = self::string( 'country_code' );
		$data .= self::string( str_repeat( 'p', self::PADDING_SHORT ) );
		$far   = strlen( $data );
		$data .= self::string( 'two-byte pointer' );
		$long  = strlen( $data );
		$data .= self::string( str_repeat( 'q', self::PADDING_LONG ) );
		$very  = strlen( $data );
		$data .= self::string( 'three-byte pointer' );

		$every  = strlen( $data );
		$data  .= $loop ? self::map( array( 'self' => self::pointer( $every, 4 ) ) ) : self::every_type( $far, $long, $very );
		$france = strlen( $data );
		$data  .= self::field( 7, self::pointer( 0, 1 ) . self::string( 'FR' ), 1 );

		$to_data = static fn( int $offset ): int => $node_count + 16 + $offset;
		$tree    = self::node( 1, $to_data( $france ), $record_size ) . self::node( $to_data( $every ), $node_count, $record_size );
		$meta    = self::map(
			array(
				'binary_format_major_version' => self::field( 5, "\x02" ),
				'binary_format_minor_version' => self::field( 5, '' ),
				'build_epoch'                 => self::field( 9, pack( 'J', 1780000000 ) ),
				'database_type'               => self::string( 'NotFound-Test' ),
				'description'                 => self::map( array( 'en' => self::string( 'Test fixture' ) ) ),
				'ip_version'                  => self::field( 5, "\x04" ),
				'languages'                   => self::field( 11, self::string( 'en' ), 1 ),
				'node_count'                  => self::field( 6, pack( 'N', $node_count ) ),
				'record_size'                 => self::field( 5, pack( 'n', $record_size ) ),
			)
		);
		file_put_contents( $path, $tree . str_repeat( "\0", 16 ) . $data . "\xAB\xCD\xEFMaxMind.com" . $meta );
	}

	/**
	 * @param int $far  Where the string reached by a two-byte pointer is.
	 * @param int $long Where the string longer than 65820 bytes is.
	 * @param int $very Where the string reached by a three-byte pointer is.
	 */
	private static function every_type( int $far, int $long, int $very ): string {
		return self::map(
			array(
				'country_code'  => self::string( 'BE' ),
				'double'        => self::field( 3, pack( 'E', -1234.5 ) ),
				'float'         => self::field( 15, pack( 'G', 0.25 ) ),
				'bytes'         => self::field( 4, "\x00\xff" ),
				'uint16'        => self::field( 5, pack( 'n', 513 ) ),
				'uint32'        => self::field( 6, pack( 'N', 4294967295 ) ),
				'uint64'        => self::field( 9, str_repeat( "\xff", 8 ) ),
				'uint128'       => self::field( 10, str_repeat( "\xff", 16 ) ),
				'uint128_small' => self::field( 10, "\x01\x00" ),
				'int32'         => self::field( 8, pack( 'N', 0xfffffffe ) ),
				'int32_short'   => self::field( 8, "\x01\x02" ),
				'true'          => self::field( 14, '', 1 ),
				'false'         => self::field( 14, '', 0 ),
				'array'         => self::field( 11, self::field( 14, '', 1 ) . self::string( 'x' ), 2 ),
				'empty_string'  => self::string( '' ),
				'string_29'     => self::string( str_repeat( 's', 100 ) ),
				'string_30'     => self::string( str_repeat( 't', 1000 ) ),
				'string_31'     => self::pointer( $long, 2 ),
				'pointer_1'     => self::pointer( 0, 1 ),
				'pointer_2'     => self::pointer( $far, 2 ),
				'pointer_3'     => self::pointer( $very, 3 ),
				'pointer_4'     => self::pointer( 0, 4 ),
				'nested'        => self::map( array( 'inner' => self::map( array( 'deep' => self::string( 'yes' ) ) ) ) ),
			)
		);
	}

	/**
	 * @param array<string, string> $entries Keys and already encoded values.
	 */
	private static function map( array $entries ): string {
		$payload = '';
		foreach ( $entries as $key => $value ) {
			$payload .= self::string( $key ) . $value;
		}
		return self::field( 7, $payload, count( $entries ) );
	}

	private static function string( string $value ): string {
		return self::field( 2, $value );
	}

	/**
	 * A control byte (with the extended type byte for types above 7), the size, then the payload.
	 */
	private static function field( int $type, string $payload, ?int $size = null ): string {
		$size   ??= strlen( $payload );
		$control  = $type <= 7 ? $type << 5 : 0;
		$extended = $type > 7 ? chr( $type - 7 ) : '';
		if ( $size < 29 ) {
			return chr( $control | $size ) . $extended . $payload;
		}
		if ( $size < 285 ) {
			return chr( $control | 29 ) . $extended . chr( $size - 29 ) . $payload;
		}
		if ( $size < 65821 ) {
			return chr( $control | 30 ) . $extended . pack( 'n', $size - 285 ) . $payload;
		}
		return chr( $control | 31 ) . $extended . substr( pack( 'N', $size - 65821 ), 1 ) . $payload;
	}

	/**
	 * @param int $bytes 1 to 4: the pointer's length after its control byte.
	 */
	private static function pointer( int $target, int $bytes ): string {
		// Two- and three-byte pointers start where the shorter form's range ends.
		$value = $target - ( 2 === $bytes ? 2048 : ( 3 === $bytes ? 526336 : 0 ) );
		$high  = 4 === $bytes ? 0 : $value >> ( 8 * $bytes );
		return chr( 0x20 | ( ( $bytes - 1 ) << 3 ) | $high ) . substr( pack( 'N', $value ), 4 - $bytes );
	}

	private static function node( int $left, int $right, int $record_size ): string {
		return match ( $record_size ) {
			24 => substr( pack( 'N', $left ), 1 ) . substr( pack( 'N', $right ), 1 ),
			28 => substr( pack( 'N', $left ), 1 ) . chr( ( ( $left >> 24 ) << 4 ) | ( $right >> 24 ) ) . substr( pack( 'N', $right ), 1 ),
			default => pack( 'NN', $left, $right ),
		};
	}
}
