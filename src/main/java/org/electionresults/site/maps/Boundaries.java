package org.electionresults.site.maps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Bolivia's departments and municipalities (resources {@code geo/*.geojson}, GeoBolivia
 * boundaries, see {@code geo/SOURCES.md}), projected ({@link Projection}) and simplified
 * to half a unit of the view box once at start-up, and kept in memory as SVG paths: the
 * country with its departments and with its municipalities, and each department with its
 * municipalities.
 */
@Component
class Boundaries {

	/** View-box width of the country maps. */
	static final int COUNTRY_WIDTH = 640;

	/** View-box width of a department's maps. */
	static final int DEPARTMENT_WIDTH = 560;

	private static final int MARGIN = 6;

	/** Simplify to this fraction of a view-box unit: finer than the rounding can show. */
	private static final double TOLERANCE = 0.5;

	private final Drawing departments;

	private final Drawing municipalities;

	private final Map<Integer, Drawing> departmentMunicipalities;

	Boundaries() {
		GeometryFactory factory = new GeometryFactory();
		List<Feature> departmentFeatures = read("geo/departments.geojson", factory,
				(properties) -> properties.path("id").asString());
		List<Feature> municipalityFeatures = read("geo/municipalities.geojson", factory,
				(properties) -> "32:" + properties.path("department").asInt() + ":"
						+ properties.path("province").asInt() + ":" + properties.path("section").asInt());
		Envelope country = envelope(departmentFeatures);
		Frame countryFrame = Frame.fit(country, COUNTRY_WIDTH, MARGIN);
		this.departments = draw(departmentFeatures, countryFrame);
		this.municipalities = draw(municipalityFeatures, countryFrame);
		Map<Integer, Drawing> byDepartment = new LinkedHashMap<>();
		for (Feature department : departmentFeatures) {
			int id = Integer.parseInt(department.key());
			List<Feature> inside = municipalityFeatures.stream()
				.filter((municipality) -> municipality.key().startsWith("32:" + id + ":"))
				.toList();
			byDepartment.put(id, draw(inside, Frame.fit(envelope(inside), DEPARTMENT_WIDTH, MARGIN)));
		}
		this.departmentMunicipalities = Map.copyOf(byDepartment);
	}

	/** The nine departments on the country map. */
	Drawing departments() {
		return this.departments;
	}

	/** The 339 municipal polygons on the country map. */
	Drawing municipalities() {
		return this.municipalities;
	}

	/** A department's municipal polygons, fitted to the department. */
	Optional<Drawing> municipalitiesOf(int departmentId) {
		return Optional.ofNullable(this.departmentMunicipalities.get(departmentId));
	}

	private static Drawing draw(List<Feature> features, Frame frame) {
		double tolerance = TOLERANCE / frame.scale();
		List<Outline> outlines = new ArrayList<>(features.size());
		for (Feature feature : features) {
			Geometry simple = TopologyPreservingSimplifier.simplify(feature.geometry(), tolerance);
			Point label = feature.geometry().getInteriorPoint();
			outlines.add(new Outline(feature.key(), feature.name(), SvgPath.of(simple, frame),
					Math.round(frame.x(label.getX())), Math.round(frame.y(label.getY()))));
		}
		return new Drawing(frame, outlines);
	}

	private static Envelope envelope(List<Feature> features) {
		Envelope envelope = new Envelope();
		features.forEach((feature) -> envelope.expandToInclude(feature.geometry().getEnvelopeInternal()));
		return envelope;
	}

	private static List<Feature> read(String resource, GeometryFactory factory,
			Function<JsonNode, String> key) {
		JsonNode collection;
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			collection = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
		List<Feature> features = new ArrayList<>();
		for (JsonNode feature : collection.path("features")) {
			JsonNode properties = feature.path("properties");
			features.add(new Feature(key.apply(properties), properties.path("name").asString(),
					geometry(feature.path("geometry"), factory)));
		}
		return features;
	}

	/** A GeoJSON Polygon or MultiPolygon, projected. */
	private static Geometry geometry(JsonNode geometry, GeometryFactory factory) {
		String type = geometry.path("type").asString();
		JsonNode coordinates = geometry.path("coordinates");
		return switch (type) {
			case "Polygon" -> polygon(coordinates, factory);
			case "MultiPolygon" -> {
				List<Polygon> polygons = new ArrayList<>();
				coordinates.forEach((polygon) -> polygons.add(polygon(polygon, factory)));
				yield factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
			}
			default -> throw new IllegalStateException("Unexpected geometry " + type);
		};
	}

	private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
		LinearRing shell = ring(rings.get(0), factory);
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i), factory);
		}
		return factory.createPolygon(shell, holes);
	}

	private static LinearRing ring(JsonNode positions, GeometryFactory factory) {
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < positions.size(); i++) {
			JsonNode position = positions.get(i);
			coordinates[i] = new Coordinate(Projection.x(position.get(0).asDouble()),
					Projection.y(position.get(1).asDouble()));
		}
		return factory.createLinearRing(coordinates);
	}

	private record Feature(String key, String name, Geometry geometry) {
	}

}
