declare namespace App {
	interface Locals {
		/** On a guide page: its example values, so its code samples can mark their slots. */
		fillPlan?: import('./fill/slots.ts').FillPlan;
	}
}
