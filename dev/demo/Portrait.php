<?php
/**
 * Illustrated portraits for the fictional demo posters.
 *
 * Demo posters must never carry a photograph, so each one gets a flat,
 * obviously drawn head-and-shoulders picture built from a few palette indexes.
 *
 * @package NotFound
 */

declare(strict_types=1);

namespace NotFound\Dev;

/**
 * Draws a friendly flat-style portrait with GD and returns it as PNG bytes.
 */
final class Portrait {

	/** Six skin tones, light to deep. */
	private const SKIN = array( array( 255, 225, 199 ), array( 240, 196, 163 ), array( 222, 170, 126 ), array( 190, 130, 90 ), array( 140, 88, 58 ), array( 92, 58, 40 ) );

	/** Black, dark brown, brown, auburn, dark blond, light blond. */
	private const HAIR = array( array( 38, 34, 40 ), array( 78, 50, 36 ), array( 128, 84, 50 ), array( 178, 82, 42 ), array( 192, 146, 82 ), array( 236, 202, 128 ) );

	/** Soft backgrounds: blue, mint, peach, lavender, butter, pink. */
	private const BACKGROUND = array( array( 186, 220, 240 ), array( 204, 232, 200 ), array( 250, 220, 180 ), array( 222, 210, 240 ), array( 250, 236, 170 ), array( 246, 206, 214 ) );

	/** Dark brown, hazel, blue, green. */
	private const EYES = array( array( 74, 46, 30 ), array( 136, 96, 46 ), array( 70, 128, 192 ), array( 76, 142, 90 ) );

	/** Hair styles: short, long, curly, bun, covered (headscarf). */
	private const SHORT = 0, LONG = 1, CURLY = 2, BUN = 3, COVERED = 4;

	/** GD cannot antialias filled shapes, so we draw larger and resample down. */
	private const SUPERSAMPLE = 3;

	/**
	 * @param array<string,int> $features Keys skin, hair_colour, hair_style, background, eyes (indexes wrap around).
	 * @return string PNG bytes; identical features always give identical bytes.
	 */
	public static function png( array $features, int $width = 480, int $height = 600 ): string {
		if ( ! function_exists( 'imagecreatetruecolor' ) ) {
			throw new \RuntimeException( 'The PHP GD extension is required to draw demo portraits.' );
		}
		$width  = max( 16, $width );
		$height = max( 16, $height );
		$pick   = static fn ( array $list, string $key ): mixed => $list[ abs( (int) ( $features[ $key ] ?? 0 ) ) % count( $list ) ];

		$skin  = $pick( self::SKIN, 'skin' );
		$hair  = $pick( self::HAIR, 'hair_colour' );
		$back  = $pick( self::BACKGROUND, 'background' );
		$iris  = $pick( self::EYES, 'eyes' );
		$style = $pick( array( self::SHORT, self::LONG, self::CURLY, self::BUN, self::COVERED ), 'hair_style' );
		// A stronger version of the background keeps every picture in harmony.
		$shirt = array_map( static fn ( int $c ): int => max( 0, (int) round( $c - 1.5 * ( 255 - $c ) - 20 ) ), $back );
		$scarf = self::shade( $shirt, 0.75 );

		$big = imagecreatetruecolor( $width * self::SUPERSAMPLE, $height * self::SUPERSAMPLE );
		imagealphablending( $big, true );

		// The design lives in a 480×600 box anchored bottom-centre, so other sizes keep the composition.
		$s  = min( $width / 480, $height / 600 ) * self::SUPERSAMPLE;
		$ox = ( $width * self::SUPERSAMPLE - 480 * $s ) / 2;
		$oy = $height * self::SUPERSAMPLE - 600 * $s;

		$oval  = static function ( array $rgb, float $x, float $y, float $w, float $h, int $alpha = 0 ) use ( $big, $s, $ox, $oy ): void {
			$colour = imagecolorallocatealpha( $big, $rgb[0], $rgb[1], $rgb[2], $alpha );
			imagefilledellipse( $big, (int) round( $ox + $x * $s ), (int) round( $oy + $y * $s ), (int) round( $w * $s ), (int) round( $h * $s ), $colour );
		};
		$shape = static function ( array $rgb, array $points ) use ( $big, $s, $ox, $oy ): void {
			foreach ( $points as $i => $v ) {
				$points[ $i ] = (int) round( 0 === $i % 2 ? $ox + $v * $s : $oy + $v * $s );
			}
			imagefilledpolygon( $big, $points, imagecolorallocate( $big, $rgb[0], $rgb[1], $rgb[2] ) );
		};
		// Strokes are stamped dots along an elliptic arc: round caps, even width, no GD thick-line gaps.
		$stroke = static function ( array $rgb, float $x, float $y, float $rx, float $ry, int $from, int $to, float $pen ) use ( $oval ): void {
			for ( $a = $from; $a <= $to; $a += 2 ) {
				$oval( $rgb, $x + $rx * cos( deg2rad( $a ) ), $y + $ry * sin( deg2rad( $a ) ), $pen, $pen );
			}
		};

		imagefill( $big, 0, 0, imagecolorallocate( $big, $back[0], $back[1], $back[2] ) );
		$oval( array( 255, 255, 255 ), 240, 290, 430, 430, 90 ); // Soft halo behind the head.

		// Hair that sits behind the head and shoulders.
		if ( self::LONG === $style ) {
			$oval( $hair, 240, 232, 256, 236 );
			$shape( $hair, array( 112, 232, 368, 232, 374, 470, 106, 470 ) );
		} elseif ( self::CURLY === $style ) {
			for ( $a = 150; $a <= 390; $a += 20 ) {
				$oval( $hair, 240 + 118 * cos( deg2rad( $a ) ), 240 + 112 * sin( deg2rad( $a ) ), 78, 78 );
			}
		} elseif ( self::BUN === $style ) {
			$oval( $hair, 240, 112, 96, 88 );
			$oval( self::shade( $hair, 0.8 ), 240, 150, 60, 16 ); // Hair tie.
		}

		// Shoulders: a wide ellipse gives sloping shoulders, the block below fills any frame width.
		$oval( $shirt, 240, 520, 700, 190 );
		$shape( $shirt, array( -110, 520, 590, 520, 590, 600, -110, 600 ) );
		if ( self::COVERED === $style ) {
			// Headscarf drapes over the neck and shoulders and frames the face.
			$shape( $scarf, array( 165, 320, 315, 320, 346, 500, 134, 500 ) );
			$oval( $scarf, 240, 500, 212, 80 );
			$oval( $scarf, 240, 248, 270, 300 );
			$oval( self::shade( $scarf, 0.82 ), 240, 266, 196, 234 );
			$oval( $skin, 240, 268, 180, 218 );
		} else {
			// Neck in a slightly darker tone so the chin reads, ending in a trimmed round neckline.
			$shape( self::shade( $skin, 0.86 ), array( 203, 340, 277, 340, 277, 436, 203, 436 ) );
			$oval( self::shade( $skin, 0.86 ), 240, 436, 74, 52 );
			$stroke( self::shade( $shirt, 1.3 ), 240, 436, 41, 30, 0, 180, 8 );
			$oval( $skin, 136, 268, 36, 54 ); // Ears.
			$oval( $skin, 344, 268, 36, 54 );
			$oval( self::shade( $skin, 0.88 ), 136, 270, 16, 28 );
			$oval( self::shade( $skin, 0.88 ), 344, 270, 16, 28 );
			$oval( $skin, 240, 255, 212, 252 );
		}

		// Hair in front of the head: a cap, then a skin-coloured arch that shapes the hairline.
		if ( self::COVERED !== $style ) {
			imagefilledarc(
				$big,
				(int) round( $ox + 240 * $s ),
				(int) round( $oy + 216 * $s ),
				(int) round( 232 * $s ),
				(int) round( 204 * $s ),
				180,
				360,
				imagecolorallocate( $big, $hair[0], $hair[1], $hair[2] ),
				IMG_ARC_PIE
			);
			if ( self::CURLY === $style ) {
				for ( $x = 146; $x <= 334; $x += 31 ) {
					$oval( $hair, $x, 204, 44, 40 );
				}
			} else {
				$oval( $skin, 250, 226, 220, 70 ); // Arched hairline, off-centre like a side parting.
				$oval( $hair, 130, 228, 24, 60 );  // Sideburns.
				$oval( $hair, 350, 228, 24, 60 );
			}
			if ( self::LONG === $style ) {
				$oval( $hair, 136, 300, 42, 180 ); // Locks framing the face (and hiding the ears).
				$oval( $hair, 344, 300, 42, 180 );
			}
		}

		// Face: blush, eyes, brows, nose and a small smile.
		$oval( array( 240, 120, 130 ), 182, 318, 40, 24, 96 );
		$oval( array( 240, 120, 130 ), 298, 318, 40, 24, 96 );
		foreach ( array( 198, 282 ) as $x ) {
			$oval( array( 255, 255, 255 ), $x, 274, 42, 34 );
			$oval( $iris, $x, 276, 28, 28 );
			$oval( array( 30, 24, 28 ), $x, 277, 13, 13 );
			$oval( array( 255, 255, 255 ), $x + 6, 270, 8, 8 );
			$stroke( self::shade( $hair, 0.8 ), $x, 256, 22, 12, 205, 335, 8 );
		}
		$stroke( self::shade( $skin, 0.78 ), 240, 300, 10, 7, 20, 160, 6 );
		$stroke( self::shade( $skin, 0.45 ), 240, 318, 30, 20, 25, 155, 7 );

		$out = imagecreatetruecolor( $width, $height );
		imagecopyresampled( $out, $big, 0, 0, 0, 0, $width, $height, $width * self::SUPERSAMPLE, $height * self::SUPERSAMPLE );
		ob_start();
		imagepng( $out, null, 9 );
		return (string) ob_get_clean();
	}

	/**
	 * Scales a colour towards black (factor < 1) or white (factor > 1).
	 *
	 * @param int[] $rgb Red, green, blue.
	 * @return int[]
	 */
	private static function shade( array $rgb, float $factor ): array {
		return array_map(
			static fn ( int $c ): int => (int) round( $factor <= 1 ? $c * $factor : $c + ( 255 - $c ) * ( $factor - 1 ) ),
			$rgb
		);
	}
}
