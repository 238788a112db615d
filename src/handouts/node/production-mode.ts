// Imported first by the command-line tool and the bench: React and react-pdf's reconciler read
// NODE_ENV when they load, and their development builds make every handout ~20% slower while
// adding only warnings meant for component authors.
process.env.NODE_ENV ??= 'production';
