// The body map, shared by the intake form (pain areas) and prescriptions and visits
// (prescribed and treated areas): the fill-in map, the read-only/printed view, the area
// list picker, and the pure mark operations.
export { BodyMap, markText } from './BodyMap';
export { BodyMapView } from './BodyMapView';
export { BodyFigure, shapeName } from './BodyFigure';
export { AreaPicker } from './AreaPicker';
export { covers, markOf, setRegion, toggleShape, updateMark, type ShapeSide } from './marks';
export { SHAPES, VIEWS, type View } from './shapes';
