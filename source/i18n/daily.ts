/**
 * The daily challenge's titles and stories, one per kind of terrain (share/daily-story.ts picks
 * the kind from what the engine finds on the terrain). `{minima}`, `{saddles}` are its counts.
 */
import type {Catalogue} from './index.js';

export const DAILY_TEXT = {
	title: {es: 'Reto del día {date}: {name}', en: 'Daily challenge {date}: {name}'},

	'name.ripples': {es: 'Ondulaciones', en: 'Ripples'},
	'story.ripples': {
		es: 'Un valle cubierto de ondulaciones: {minima} pozos pequeños, y solo uno es el fondo. Hace falta inercia o un schedule de la tasa de aprendizaje para no detenerse en el primero.',
		en: 'A valley covered in ripples: {minima} small pits, and only one is the floor. You need inertia or a learning-rate schedule not to stop in the first one.',
	},

	'name.pits': {es: 'Pozos', en: 'Wells'},
	'story.pits': {
		es: '{minima} pozos salpican la ladera y solo uno es el más profundo. Con los ojos vendados, elige la tasa de aprendizaje y el momentum para no quedarte atrapado en un pozo local.',
		en: '{minima} wells dot the slope and only one is the deepest. Blindfolded, pick the learning rate and the momentum so you do not get trapped in a local pit.',
	},

	'name.pass': {es: 'Paso de montaña', en: 'Mountain pass'},
	'story.pass': {
		es: 'Dos valles, uno más profundo que el otro, unidos por un paso de montaña. En el punto silla la pendiente casi desaparece: el momentum te ayuda a salir de él y a elegir el valle más profundo.',
		en: 'Two valleys, one deeper than the other, joined by a mountain pass. On the saddle point the slope almost vanishes: momentum helps you roll off it and pick the deeper valley.',
	},

	'name.two-valleys': {es: 'Dos valles', en: 'Two valleys'},
	'story.two-valleys': {
		es: 'Dos valles, y solo uno es el más profundo. El primero que encuentres puede no ser el bueno: la inercia decide a cuál llegas.',
		en: 'Two valleys, and only one is the deepest. The first one you find may not be the right one: inertia decides which one you reach.',
	},

	'name.ravine': {es: 'Barranco', en: 'Ravine'},
	'story.ravine': {
		es: 'Un solo valle, largo y estrecho: empinado en una dirección, casi plano en la otra. Una tasa de aprendizaje grande rebota entre las paredes; una pequeña camina en terreno plano. El momentum ayuda.',
		en: 'A single valley, long and narrow: steep one way, almost flat the other. A large learning rate bounces between the walls; a small one walks on flat ground. Momentum helps.',
	},

	'name.bowl': {es: 'Cuenco', en: 'Bowl'},
	'story.bowl': {
		es: 'Un solo valle, sin trampas. El reto es llegar al fondo rápido: ni tan despacio que no llegues, ni tan deprisa que rebotes.',
		en: 'A single valley, without traps. The challenge is to reach the floor fast: not so slowly that you never arrive, not so fast that you bounce.',
	},
} satisfies Catalogue;
