declare module 'virtual:lessons' {
  const library: import('./types').LessonLibrary;
  export default library;
}
