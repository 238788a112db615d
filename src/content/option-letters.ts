/** How options are lettered wherever a class sees them together (quiz slides, the live class's bars): in quiz.yaml order. */
export const OPTION_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
