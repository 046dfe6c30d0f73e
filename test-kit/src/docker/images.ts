import { REPO_ROOT } from '../paths.ts';
import { buildImage } from './build.ts';
import type { DockerEngine } from './engine.ts';
import type { StandInImages } from './stand-ins.ts';

/** Every image the project ships, with its Dockerfile and build context; the runner image first. */
export const PROJECT_IMAGES = [
  { name: 'grader-image', tag: 'eduscale/grader-image:test', dockerfile: 'grader-image/Dockerfile', context: 'grader-image', healthPath: undefined },
  { name: 'programming-api', tag: 'eduscale/programming-api:test', dockerfile: 'programming-api/Dockerfile', context: '.', healthPath: '/api/health' },
  { name: 'grader-api', tag: 'eduscale/grader-api:test', dockerfile: 'grader-api/Dockerfile', context: '.', healthPath: '/health' },
  { name: 'battle-api', tag: 'eduscale/battle-api:test', dockerfile: 'battle-api/Dockerfile', context: '.', healthPath: '/health' },
  { name: 'programming-ui', tag: 'eduscale/programming-ui:test', dockerfile: 'programming-ui/Dockerfile', context: '.', healthPath: '/health' },
] as const;

export type ProjectImage = (typeof PROJECT_IMAGES)[number];

/** Builds one of the project's images from its own Dockerfile, on the given base images. */
export function buildProjectImage(engine: DockerEngine, image: ProjectImage, bases: StandInImages): Promise<void> {
  const buildArgs = Object.entries(bases).flatMap(([name, value]) => ['--build-arg', `${name}=${value}`]);
  return buildImage(engine, { tag: image.tag, args: [...buildArgs, '--file', `${REPO_ROOT}/${image.dockerfile}`], context: `${REPO_ROOT}/${image.context}` });
}
