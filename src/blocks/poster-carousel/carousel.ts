/**
 * Turns render.php's list of posters into a WAI-ARIA APG carousel: previous/next buttons, an optional
 * rotation control first in the tab order, one poster exposed at a time. No framework, no runtime.
 */
import {
	keyStep,
	positionLabel,
	rotationInterval,
	swipeStep,
	wrapIndex,
} from './carousel-logic';

const BLOCK = 'wp-block-notfound-poster-carousel';

export interface CarouselOptions {
	/** The visitor asked for less motion: never start rotating on our own. */
	reducedMotion: boolean;
}

/** The translated strings render.php prints as data-label-* attributes. */
interface Labels {
	carousel: string;
	slide: string;
	position: string;
	previous: string;
	next: string;
	start: string;
	stop: string;
}

export class PosterCarousel {
	private index = 0;
	private timer: ReturnType< typeof setInterval > | undefined;
	private swipeFrom: { x: number; y: number } | undefined;
	private readonly rotationButton: HTMLButtonElement | undefined;
	private readonly counter = document.createElement( 'span' );

	private constructor(
		private readonly root: HTMLElement,
		private readonly track: HTMLElement,
		private readonly slides: HTMLElement[],
		private readonly labels: Labels,
		controls: HTMLElement,
		options: CarouselOptions
	) {
		const autoplay = root.dataset.autoplay !== undefined;
		this.rotationButton = autoplay
			? this.button( 'rotation', () => this.rotate( ! this.timer ) )
			: undefined;
		controls.append(
			...( this.rotationButton ? [ this.rotationButton ] : [] ),
			this.button( 'previous', () => this.show( this.index - 1 ) ),
			this.counter,
			this.button( 'next', () => this.show( this.index + 1 ) )
		);
		this.counter.className = `${ BLOCK }__position`;
		// Screen readers get the position from each slide's "n of N" label instead.
		this.counter.setAttribute( 'aria-hidden', 'true' );

		root.setAttribute( 'aria-roledescription', labels.carousel );
		slides.forEach( ( slide, i ) => {
			slide.setAttribute( 'role', 'group' );
			slide.setAttribute( 'aria-roledescription', labels.slide );
			slide.setAttribute(
				'aria-label',
				positionLabel( labels.position, i + 1, slides.length )
			);
			slide.tabIndex = -1; // Takes focus when the poster that had it is hidden.
		} );
		root.classList.add( 'is-enhanced' );
		this.listen();
		this.show( 0 );
		this.rotate( autoplay && ! options.reducedMotion );
	}

	/**
	 * Enhances one block; null when its markup is not a carousel of at least two posters.
	 *
	 * @param root    The block's wrapper, with render.php's data attributes.
	 * @param options What the visitor's browser says about them.
	 */
	static enhance(
		root: HTMLElement,
		options: CarouselOptions
	): PosterCarousel | null {
		const track = root.querySelector< HTMLElement >(
			`.${ BLOCK }__slides`
		);
		const controls = root.querySelector< HTMLElement >(
			`.${ BLOCK }__controls`
		);
		const slides = track
			? Array.from( track.children ).filter(
					( child ): child is HTMLElement =>
						child instanceof HTMLElement
				)
			: [];
		if ( ! track || ! controls || slides.length < 2 ) {
			return null;
		}
		const data = root.dataset;
		const labels: Labels = {
			carousel: data.labelCarousel ?? '',
			slide: data.labelSlide ?? '',
			position: data.labelPosition ?? '',
			previous: data.labelPrevious ?? '',
			next: data.labelNext ?? '',
			start: data.labelStart ?? '',
			stop: data.labelStop ?? '',
		};
		return new PosterCarousel(
			root,
			track,
			slides,
			labels,
			controls,
			options
		);
	}

	get rotating(): boolean {
		return this.timer !== undefined;
	}

	private button(
		kind: 'rotation' | 'previous' | 'next',
		onClick: () => void
	): HTMLButtonElement {
		const button = document.createElement( 'button' );
		button.type = 'button';
		button.className = `${ BLOCK }__button ${ BLOCK }__button--${ kind }`;
		button.setAttribute( 'aria-controls', this.track.id );
		if ( kind !== 'rotation' ) {
			// Drawn as a chevron in CSS; the name is for assistive technology.
			button.setAttribute( 'aria-label', this.labels[ kind ] );
		}
		button.addEventListener( 'click', onClick );
		return button;
	}

	private listen(): void {
		// APG: rotation stops when the visitor shows interest, and only they restart it.
		const stop = () => this.rotate( false );
		this.root.addEventListener( 'focusin', stop );
		this.root.addEventListener( 'pointerenter', stop );
		this.root.addEventListener( 'keydown', ( event ) => {
			const step = keyStep( event, this.isRtl() );
			if ( step !== 0 ) {
				event.preventDefault();
				this.show( this.index + step );
			}
		} );
		this.track.addEventListener( 'pointerdown', ( event ) => {
			this.swipeFrom =
				event.pointerType === 'mouse'
					? undefined
					: { x: event.clientX, y: event.clientY };
		} );
		this.track.addEventListener( 'pointerup', ( event ) => {
			const step = this.swipeFrom
				? swipeStep(
						event.clientX - this.swipeFrom.x,
						event.clientY - this.swipeFrom.y,
						this.isRtl()
					)
				: 0;
			this.swipeFrom = undefined;
			// A tap is not a swipe: it must reach the link under the finger untouched.
			if ( step !== 0 ) {
				this.show( this.index + step );
			}
		} );
		this.track.addEventListener( 'pointercancel', () => {
			this.swipeFrom = undefined;
		} );
	}

	private isRtl(): boolean {
		return getComputedStyle( this.root ).direction === 'rtl';
	}

	/**
	 * Shows one poster and hides the others from everyone, assistive technology included.
	 *
	 * @param target The poster's index; one past either end wraps around.
	 */
	show( target: number ): void {
		const active = this.root.ownerDocument.activeElement;
		const focusWasInPoster = this.slides[ this.index ].contains( active );
		this.index = wrapIndex( target, this.slides.length );
		this.slides.forEach( ( slide, i ) => {
			const hidden = i !== this.index;
			slide.toggleAttribute( 'inert', hidden );
			if ( hidden ) {
				slide.setAttribute( 'aria-hidden', 'true' );
			} else {
				slide.removeAttribute( 'aria-hidden' );
			}
		} );
		this.track.style.setProperty(
			'--notfound-index',
			String( this.index )
		);
		// Lazy photos in the clipped row would only start loading once shown: fetch the neighbours' now.
		for ( const step of [ -1, 1 ] ) {
			this.slides[ wrapIndex( this.index + step, this.slides.length ) ]
				.querySelector( 'img' )
				?.setAttribute( 'loading', 'eager' );
		}
		this.counter.textContent = positionLabel(
			this.labels.position,
			this.index + 1,
			this.slides.length
		);
		this.nameInHeading();
		if ( focusWasInPoster ) {
			// Its poster just became inert: keep the visitor's place instead of dropping focus to the page.
			this.slides[ this.index ].focus();
		}
	}

	/**
	 * The default heading names a child: the one on show, not always the first.
	 */
	private nameInHeading(): void {
		const template = this.root.dataset.headingTemplate;
		const heading = this.root.querySelector( `.${ BLOCK }__headline` );
		const name =
			this.slides[ this.index ].querySelector< HTMLElement >(
				'[data-first-name]'
			)?.dataset.firstName;
		if ( template && heading && name ) {
			// A function replacer: a name holding $` or $& goes in as written, never as a pattern.
			heading.textContent = template.replace( /%(1\$)?s/, () => name );
		}
	}

	rotate( on: boolean ): void {
		clearInterval( this.timer );
		this.timer = on
			? setInterval(
					() => this.show( this.index + 1 ),
					rotationInterval( this.root.dataset.interval )
				)
			: undefined;
		// APG: announcing every automatic change would drown out everything else.
		this.track.setAttribute( 'aria-live', on ? 'off' : 'polite' );
		if ( this.rotationButton ) {
			this.rotationButton.textContent = on
				? this.labels.stop
				: this.labels.start;
		}
	}
}
